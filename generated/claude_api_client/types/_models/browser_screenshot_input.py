# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserScreenshotInput(APIModel):
    """Arguments of the browser toolset's `screenshot` action: take a screenshot of the viewport."""

    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
