# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_cost_bucketed_result`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_cost_bucketed_result import (
    AnalyticsCostBucketedResult as AnalyticsCostBucketedResult,
)

__all__ = [
    "AnalyticsCostBucketedResult",
]
