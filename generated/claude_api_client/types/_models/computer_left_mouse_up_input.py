# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComputerLeftMouseUpInput(APIModel):
    """Arguments of the computer toolset's `left_mouse_up` action: release the left button where the pointer is."""
