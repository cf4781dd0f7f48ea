# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserNavigateInput(APIModel):
    """Arguments of the browser toolset's `navigate` action: go to a URL, or back, forward or reload."""

    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    url: str
    """A URL (`https://` when the scheme is left out), or `back`, `forward` or `reload`."""
