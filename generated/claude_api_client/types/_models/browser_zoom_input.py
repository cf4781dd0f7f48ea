# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserZoomInput(APIModel):
    """Arguments of the browser toolset's `zoom` action: take an enlarged screenshot of a region of the viewport."""

    region: list[int]
    """The region, as `[x0, y0, x1, y1]` in viewport pixels."""
    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
