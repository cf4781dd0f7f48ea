# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .browser_coordinate_target import BrowserCoordinateTarget
from .browser_scroll_direction import BrowserScrollDirection


class BrowserScrollInput(APIModel):
    """Arguments of the browser toolset's `scroll` action: scroll at a point."""

    scroll_amount: int | None = None
    """How far to scroll, in wheel ticks."""
    scroll_direction: BrowserScrollDirection
    """Which way to scroll."""
    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    target: BrowserCoordinateTarget
    """Where to scroll."""
