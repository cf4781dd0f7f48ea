# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_left_mouse_up_input`: the official path of these types."""

from __future__ import annotations

from .._models.browser_left_mouse_up_input import (
    BrowserLeftMouseUpInput as BetaBrowserLeftMouseUpInput,
)

__all__ = [
    "BetaBrowserLeftMouseUpInput",
]
