# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComputerWaitInput(APIModel):
    """Arguments of the computer toolset's `wait` action: wait."""

    duration: int
    """How long to wait, in seconds."""
