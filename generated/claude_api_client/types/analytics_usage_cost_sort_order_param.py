# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_usage_cost_sort_order_param`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_usage_cost_sort_order_param import (
    AnalyticsUsageCostSortOrderParam as AnalyticsUsageCostSortOrderParam,
)

__all__ = [
    "AnalyticsUsageCostSortOrderParam",
]
