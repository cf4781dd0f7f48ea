# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsSessionThreadStats(APIModel):
    """Session thread stats."""

    duration_seconds: float | None = None
    """How long it took, in seconds."""
    startup_seconds: float | None = None
    """Seconds spent starting up."""
    active_seconds: float | None = None
    """Seconds spent actively working."""
