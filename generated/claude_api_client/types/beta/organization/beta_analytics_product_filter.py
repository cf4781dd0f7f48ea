# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_product_filter`: the official path of these types."""

from __future__ import annotations

from ..._params.analytics_product_filter_param import (
    AnalyticsProductFilterParam as BetaAnalyticsProductFilter,
)

__all__ = [
    "BetaAnalyticsProductFilter",
]
