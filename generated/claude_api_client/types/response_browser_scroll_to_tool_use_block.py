# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.response_browser_scroll_to_tool_use_block`: the official path of these types."""

from __future__ import annotations

from ._models.browser_scroll_to_tool_use_block import (
    BrowserScrollToToolUseBlock as ResponseBrowserScrollToToolUseBlock,
)

__all__ = [
    "ResponseBrowserScrollToToolUseBlock",
]
