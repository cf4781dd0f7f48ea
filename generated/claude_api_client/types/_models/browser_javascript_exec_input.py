# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserJavascriptExecInput(APIModel):
    """Arguments of the browser toolset's `javascript_exec` action: run JavaScript in the page."""

    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    text: str
    """The JavaScript source to run."""
