# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_core_code_metrics import AnalyticsCoreCodeMetrics
from .analytics_tool_actions import AnalyticsToolActions


class AnalyticsClaudeCodeMetrics(APIModel):
    """Activity in Claude Code."""

    core_metrics: AnalyticsCoreCodeMetrics
    """Activity in core coding activity."""
    tool_actions: AnalyticsToolActions
    """Activity in tool actions."""
