# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_cost_type`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_cost_type import AnalyticsCostType as BetaAnalyticsCostType

__all__ = [
    "BetaAnalyticsCostType",
]
