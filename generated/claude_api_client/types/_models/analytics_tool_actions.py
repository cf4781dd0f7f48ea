# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_tool_action_counts import AnalyticsToolActionCounts


class AnalyticsToolActions(APIModel):
    """Accepted and rejected changes, tool by tool."""

    edit_tool: AnalyticsToolActionCounts
    """Activity in the edit tool."""
    multi_edit_tool: AnalyticsToolActionCounts
    """Activity in the multi-edit tool."""
    notebook_edit_tool: AnalyticsToolActionCounts
    """Activity in the notebook edit tool."""
    write_tool: AnalyticsToolActionCounts
    """Activity in the write tool."""
