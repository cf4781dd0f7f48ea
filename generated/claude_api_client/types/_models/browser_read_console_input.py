# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserReadConsoleInput(APIModel):
    """Arguments of the browser toolset's `read_console` action: read the page's console messages."""

    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
