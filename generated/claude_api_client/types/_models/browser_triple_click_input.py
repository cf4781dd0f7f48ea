# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .browser_click_target import BrowserClickTarget


class BrowserTripleClickInput(APIModel):
    """Arguments of the browser toolset's `triple_click` action: triple-click."""

    modifiers: str | None = None
    """Modifier keys held during the click (`shift`, `ctrl+shift`)."""
    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    target: BrowserClickTarget
    """Where to act: a viewport point or a page element."""
