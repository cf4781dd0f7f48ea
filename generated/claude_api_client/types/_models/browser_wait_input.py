# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserWaitInput(APIModel):
    """Arguments of the browser toolset's `wait` action: wait."""

    duration: float
    """How long to wait, in seconds."""
    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
