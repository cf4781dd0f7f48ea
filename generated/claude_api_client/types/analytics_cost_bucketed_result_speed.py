# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_cost_bucketed_result_speed`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_cost_bucketed_result_speed import (
    AnalyticsCostBucketedResultSpeed as AnalyticsCostBucketedResultSpeed,
)

__all__ = [
    "AnalyticsCostBucketedResultSpeed",
]
