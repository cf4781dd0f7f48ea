# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .analytics_cost_group import AnalyticsCostGroup
from .analytics_cost_metrics import AnalyticsCostMetrics


class AnalyticsCostItem(APIModel):
    """One row of the cost breakdown: a time range, its group and its cost."""

    cost: AnalyticsCostMetrics
    """The cost figures."""
    ending_at: WireDateTime
    """End of the reported range (exclusive, RFC 3339)."""
    group: AnalyticsCostGroup
    """The dimension values of this row."""
    starting_at: WireDateTime
    """Start of the reported range (inclusive, RFC 3339)."""
