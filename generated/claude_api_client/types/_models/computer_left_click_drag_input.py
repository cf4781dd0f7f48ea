# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComputerLeftClickDragInput(APIModel):
    """Arguments of the computer toolset's `left_click_drag` action: press at one point, drag to another and release."""

    coordinate: list[int]
    """Where the drag ends, as `[x, y]` screen pixels from the top-left corner."""
    start_coordinate: list[int]
    """Where the drag starts, as `[x, y]` screen pixels from the top-left corner."""
    text: str | None = None
    """Modifier keys held during the action (`shift`, `ctrl+shift`)."""
