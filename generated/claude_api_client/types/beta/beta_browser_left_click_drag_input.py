# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_left_click_drag_input`: the official path of these types."""

from __future__ import annotations

from .._models.browser_left_click_drag_input import (
    BrowserLeftClickDragInput as BetaBrowserLeftClickDragInput,
)

__all__ = [
    "BetaBrowserLeftClickDragInput",
]
