# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsCoworkMetrics(APIModel):
    """Activity in Cowork."""

    action_count: int
    """Number of actions."""
    artifacts_created_count: int
    """Number of artifacts created."""
    connectors_used_count: int
    """Number of connectors used."""
    dispatch_turn_count: int
    """Number of dispatch turns."""
    distinct_connectors_used_count: int | None = None
    """Number of distinct connectors used."""
    distinct_plugins_used_count: int | None = None
    """Number of distinct plugins used."""
    distinct_session_count: int | None = None
    """Number of distinct sessions."""
    distinct_skills_used_count: int | None = None
    """Number of distinct skills used."""
    edit_tool_count: int | None = None
    """Uses of the edit tool."""
    file_edit_count: int | None = None
    """Number of file edits."""
    message_count: int
    """Number of messages."""
    multi_edit_tool_count: int | None = None
    """Uses of the multi-edit tool."""
    notebook_edit_tool_count: int | None = None
    """Uses of the notebook edit tool."""
    plugins_used_count: int | None = None
    """Number of plugins used."""
    sessions_with_file_edits_count: int | None = None
    """Number of sessions with file edits."""
    skills_used_count: int
    """Number of skills used."""
    write_tool_count: int | None = None
    """Uses of the write tool."""
