# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.analytics.beta_analytics_cost_order_by`: the official path of these types."""

from __future__ import annotations

from ...._params.analytics_cost_order_by_param import (
    AnalyticsCostOrderByParam as BetaAnalyticsCostOrderBy,
)

__all__ = [
    "BetaAnalyticsCostOrderBy",
]
