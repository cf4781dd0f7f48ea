# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_left_mouse_down_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.browser_left_mouse_down_config_param import (
    BrowserLeftMouseDownConfigParam as BetaBrowserLeftMouseDownConfigParam,
)

__all__ = [
    "BetaBrowserLeftMouseDownConfigParam",
]
