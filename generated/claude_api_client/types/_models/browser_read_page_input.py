# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .browser_read_page_filter import BrowserReadPageFilter


class BrowserReadPageInput(APIModel):
    """Arguments of the browser toolset's `read_page` action: read the page's accessibility tree, or the subtree of one element."""

    depth: int | None = None
    """How deep the tree goes (the API's default is 15)."""
    filter: BrowserReadPageFilter | None = None
    """Which elements to list; every visible one when absent."""
    ref: str | None = None
    """The element whose subtree to read; the whole page when absent."""
    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
