# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.response_browser_left_mouse_up_tool_use_block`: the official path of these types."""

from __future__ import annotations

from ._models.browser_left_mouse_up_tool_use_block import (
    BrowserLeftMouseUpToolUseBlock as ResponseBrowserLeftMouseUpToolUseBlock,
)

__all__ = [
    "ResponseBrowserLeftMouseUpToolUseBlock",
]
