# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserReadNetworkInput(APIModel):
    """Arguments of the browser toolset's `read_network` action: read the page's network requests."""

    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
