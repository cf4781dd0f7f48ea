# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserFindInput(APIModel):
    """Arguments of the browser toolset's `find` action: find elements of the page from a description."""

    query: str
    """What to look for, in plain words."""
    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
