# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComputerRightClickInput(APIModel):
    """Arguments of the computer toolset's `right_click` action: click the right button."""

    coordinate: list[int] | None = None
    """Where to click, as `[x, y]` screen pixels from the top-left corner; the pointer's position when absent."""
    text: str | None = None
    """Modifier keys held during the action (`shift`, `ctrl+shift`)."""
