# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_product_filter_param`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_product_filter_param import (
    AnalyticsProductFilterParam as AnalyticsProductFilterParam,
)

__all__ = [
    "AnalyticsProductFilterParam",
]
