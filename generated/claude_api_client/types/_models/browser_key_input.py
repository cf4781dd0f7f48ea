# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserKeyInput(APIModel):
    """Arguments of the browser toolset's `key` action: press a key, a chord (`ctrl+a`) or a space-separated sequence of them."""

    repeat: int | None = None
    """How many times to press it (once when absent)."""
    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    text: str
    """The key, chord or sequence to press."""
