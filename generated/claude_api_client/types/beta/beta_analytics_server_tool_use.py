# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_server_tool_use`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_server_tool_use import AnalyticsServerToolUse as BetaAnalyticsServerToolUse

__all__ = [
    "BetaAnalyticsServerToolUse",
]
