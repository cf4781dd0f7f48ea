# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_cost_bucketed_result`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_cost_bucketed_result import (
    AnalyticsCostBucketedResult as BetaAnalyticsCostBucketedResult,
)

__all__ = [
    "BetaAnalyticsCostBucketedResult",
]
