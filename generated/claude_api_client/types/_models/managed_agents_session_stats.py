# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsSessionStats(APIModel):
    """Session stats."""

    duration_seconds: float | None = None
    """How long it took, in seconds."""
    active_seconds: float | None = None
    """Seconds spent actively working."""
