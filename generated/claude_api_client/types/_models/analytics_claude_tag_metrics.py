# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsClaudeTagMetrics(APIModel):
    """Activity in Claude tags."""

    active_day_count: int | None = None
    """Days with activity."""
    active_message_count: int | None = None
    """Number of active messages."""
