# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_tool_actions`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_tool_actions import AnalyticsToolActions as BetaAnalyticsToolActions

__all__ = [
    "BetaAnalyticsToolActions",
]
