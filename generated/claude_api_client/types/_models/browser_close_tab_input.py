# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserCloseTabInput(APIModel):
    """Arguments of the browser toolset's `close_tab` action: close a tab."""

    tab_id: str
    """The tab to close."""
