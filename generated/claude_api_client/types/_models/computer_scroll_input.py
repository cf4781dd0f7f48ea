# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .computer_scroll_direction import ComputerScrollDirection


class ComputerScrollInput(APIModel):
    """Arguments of the computer toolset's `scroll` action: scroll the screen."""

    coordinate: list[int] | None = None
    """Where to scroll, as `[x, y]` screen pixels from the top-left corner; the pointer's position when absent."""
    scroll_amount: int
    """How far to scroll, in wheel ticks."""
    scroll_direction: ComputerScrollDirection
    """Which way to scroll."""
    text: str | None = None
    """Modifier keys held during the action (`shift`, `ctrl+shift`)."""
