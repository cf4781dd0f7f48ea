# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComputerZoomInput(APIModel):
    """Arguments of the computer toolset's `zoom` action: take an enlarged screenshot of a region of the screen."""

    region: list[int]
    """The region, as `[x0, y0, x1, y1]` in screen pixels."""
