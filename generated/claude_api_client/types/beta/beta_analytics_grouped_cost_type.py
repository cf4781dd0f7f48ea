# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_grouped_cost_type`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_grouped_cost_type import (
    AnalyticsGroupedCostType as BetaAnalyticsGroupedCostType,
)

__all__ = [
    "BetaAnalyticsGroupedCostType",
]
