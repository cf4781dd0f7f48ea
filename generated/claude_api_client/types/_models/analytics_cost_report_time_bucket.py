# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .analytics_cost_bucketed_result import AnalyticsCostBucketedResult


class AnalyticsCostReportTimeBucket(APIModel):
    """The cost rows of one time bucket."""

    ending_at: WireDateTime
    """End of the reported range (exclusive, RFC 3339)."""
    results: list[AnalyticsCostBucketedResult]
    """Rows of this time bucket."""
    starting_at: WireDateTime
    """Start of the reported range (inclusive, RFC 3339)."""
