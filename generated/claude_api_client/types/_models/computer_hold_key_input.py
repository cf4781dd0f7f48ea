# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComputerHoldKeyInput(APIModel):
    """Arguments of the computer toolset's `hold_key` action: hold a key down for a while."""

    duration: int
    """How long to hold it, in seconds."""
    text: str
    """The key or chord to hold."""
