# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserNewTabInput(APIModel):
    """Arguments of the browser toolset's `new_tab` action: open a new tab."""

    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
