# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .browser_click_target import BrowserClickTarget


class BrowserRightClickInput(APIModel):
    """Arguments of the browser toolset's `right_click` action: click the right button."""

    modifiers: str | None = None
    """Modifier keys held during the click (`shift`, `ctrl+shift`)."""
    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    target: BrowserClickTarget
    """Where to act: a viewport point or a page element."""
