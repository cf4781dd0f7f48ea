# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComputerMouseMoveInput(APIModel):
    """Arguments of the computer toolset's `mouse_move` action: move the pointer."""

    coordinate: list[int]
    """Where to move the pointer, as `[x, y]` screen pixels from the top-left corner."""
