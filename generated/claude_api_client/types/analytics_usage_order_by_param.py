# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_usage_order_by_param`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_usage_order_by_param import (
    AnalyticsUsageOrderByParam as AnalyticsUsageOrderByParam,
)

__all__ = [
    "AnalyticsUsageOrderByParam",
]
