# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_usage_bucketed_result`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_usage_bucketed_result import (
    AnalyticsUsageBucketedResult as AnalyticsUsageBucketedResult,
)

__all__ = [
    "AnalyticsUsageBucketedResult",
]
