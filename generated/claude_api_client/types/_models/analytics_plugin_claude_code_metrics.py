# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsPluginClaudeCodeMetrics(APIModel):
    """Plugin use in Claude Code."""

    distinct_session_plugin_used_count: int | None = None
    """Sessions that used the plugin."""
