# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComputerKeyInput(APIModel):
    """Arguments of the computer toolset's `key` action: press a key or chord."""

    repeat: int | None = None
    """How many times to press it (once when absent)."""
    text: str
    """The key or chord to press (`Return`, `ctrl+s`)."""
