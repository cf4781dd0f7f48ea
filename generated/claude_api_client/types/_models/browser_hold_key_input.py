# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserHoldKeyInput(APIModel):
    """Arguments of the browser toolset's `hold_key` action: hold a key down for a while."""

    duration: float
    """How long to hold it, in seconds."""
    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    text: str
    """The key or chord to hold."""
