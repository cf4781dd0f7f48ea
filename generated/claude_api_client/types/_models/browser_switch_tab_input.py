# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class BrowserSwitchTabInput(APIModel):
    """Arguments of the browser toolset's `switch_tab` action: make another tab the active one."""

    tab_id: str
    """The tab to switch to."""
