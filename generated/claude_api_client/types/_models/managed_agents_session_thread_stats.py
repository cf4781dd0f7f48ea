# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsSessionThreadStats(APIModel):
    """Session thread stats."""

    duration_seconds: float | None = None
    startup_seconds: float | None = None
    active_seconds: float | None = None
