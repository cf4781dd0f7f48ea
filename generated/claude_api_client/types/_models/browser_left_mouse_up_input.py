# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .browser_coordinate_target import BrowserCoordinateTarget


class BrowserLeftMouseUpInput(APIModel):
    """Arguments of the browser toolset's `left_mouse_up` action: release the left button."""

    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    target: BrowserCoordinateTarget
    """Where to release."""
