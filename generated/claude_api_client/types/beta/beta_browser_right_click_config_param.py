# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_right_click_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.browser_right_click_config_param import (
    BrowserRightClickConfigParam as BetaBrowserRightClickConfigParam,
)

__all__ = [
    "BetaBrowserRightClickConfigParam",
]
