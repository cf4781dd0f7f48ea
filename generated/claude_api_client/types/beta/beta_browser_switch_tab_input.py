# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_switch_tab_input`: the official path of these types."""

from __future__ import annotations

from .._models.browser_switch_tab_input import BrowserSwitchTabInput as BetaBrowserSwitchTabInput

__all__ = [
    "BetaBrowserSwitchTabInput",
]
