# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_usage_group_by_param`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_usage_group_by_param import (
    AnalyticsUsageGroupByParam as AnalyticsUsageGroupByParam,
)

__all__ = [
    "AnalyticsUsageGroupByParam",
]
