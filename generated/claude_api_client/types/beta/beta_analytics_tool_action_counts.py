# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_tool_action_counts`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_tool_action_counts import (
    AnalyticsToolActionCounts as BetaAnalyticsToolActionCounts,
)

__all__ = [
    "BetaAnalyticsToolActionCounts",
]
