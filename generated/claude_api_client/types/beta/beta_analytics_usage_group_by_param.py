# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_usage_group_by_param`: the official path of these types."""

from __future__ import annotations

from .._params.analytics_usage_group_by_param import (
    AnalyticsUsageGroupByParam as BetaAnalyticsUsageGroupByParam,
)

__all__ = [
    "BetaAnalyticsUsageGroupByParam",
]
