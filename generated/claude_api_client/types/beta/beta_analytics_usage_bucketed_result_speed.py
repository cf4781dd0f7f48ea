# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_usage_bucketed_result_speed`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_usage_bucketed_result_speed import (
    AnalyticsUsageBucketedResultSpeed as BetaAnalyticsUsageBucketedResultSpeed,
)

__all__ = [
    "BetaAnalyticsUsageBucketedResultSpeed",
]
