# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .browser_coordinate_target import BrowserCoordinateTarget


class BrowserLeftClickDragInput(APIModel):
    """Arguments of the browser toolset's `left_click_drag` action: press at one point, drag to another and release."""

    from_: Annotated[BrowserCoordinateTarget, Field(alias="from")]
    """Where the drag starts."""
    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    target: BrowserCoordinateTarget
    """Where the drag ends."""
