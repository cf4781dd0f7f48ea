# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.analytics.beta_analytics_usage_order_by`: the official path of these types."""

from __future__ import annotations

from ...._params.analytics_usage_order_by_param import (
    AnalyticsUsageOrderByParam as BetaAnalyticsUsageOrderBy,
)

__all__ = [
    "BetaAnalyticsUsageOrderBy",
]
