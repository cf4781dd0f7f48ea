# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .browser_ref_target import BrowserRefTarget


class BrowserScrollToInput(APIModel):
    """Arguments of the browser toolset's `scroll_to` action: scroll an element into view."""

    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    target: BrowserRefTarget
    """The element to bring into view."""
