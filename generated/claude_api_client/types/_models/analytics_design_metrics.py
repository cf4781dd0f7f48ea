# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsDesignMetrics(APIModel):
    """Activity in Claude Design."""

    distinct_projects_created_count: int
    """Number of distinct projects created."""
    distinct_projects_used_count: int | None = None
    """Number of distinct projects used."""
    distinct_session_count: int | None = None
    """Number of distinct sessions."""
    message_count: int
    """Number of messages."""
