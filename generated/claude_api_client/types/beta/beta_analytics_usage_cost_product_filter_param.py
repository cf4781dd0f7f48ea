# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_usage_cost_product_filter_param`: the official path of these types."""

from __future__ import annotations

from .._params.analytics_usage_cost_product_filter_param import (
    AnalyticsUsageCostProductFilterParam as BetaAnalyticsUsageCostProductFilterParam,
)

__all__ = [
    "BetaAnalyticsUsageCostProductFilterParam",
]
