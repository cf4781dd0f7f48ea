# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_middle_click_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.browser_middle_click_config_param import (
    BrowserMiddleClickConfigParam as BrowserMiddleClickConfigParam,
)

__all__ = [
    "BrowserMiddleClickConfigParam",
]
