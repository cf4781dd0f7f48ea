# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .analytics_usage_group import AnalyticsUsageGroup
from .analytics_usage_metrics import AnalyticsUsageMetrics


class AnalyticsUsageItem(APIModel):
    """One row of the usage breakdown: a time range, its group and its usage."""

    ending_at: WireDateTime
    """End of the reported range (exclusive, RFC 3339)."""
    group: AnalyticsUsageGroup
    """The dimension values of this row."""
    starting_at: WireDateTime
    """Start of the reported range (inclusive, RFC 3339)."""
    usage: AnalyticsUsageMetrics
    """The usage figures."""
