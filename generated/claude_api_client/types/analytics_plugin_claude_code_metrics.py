# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_plugin_claude_code_metrics`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_plugin_claude_code_metrics import (
    AnalyticsPluginClaudeCodeMetrics as AnalyticsPluginClaudeCodeMetrics,
)

__all__ = [
    "AnalyticsPluginClaudeCodeMetrics",
]
