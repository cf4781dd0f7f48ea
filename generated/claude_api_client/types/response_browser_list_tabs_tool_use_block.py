# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.response_browser_list_tabs_tool_use_block`: the official path of these types."""

from __future__ import annotations

from ._models.browser_list_tabs_tool_use_block import (
    BrowserListTabsToolUseBlock as ResponseBrowserListTabsToolUseBlock,
)

__all__ = [
    "ResponseBrowserListTabsToolUseBlock",
]
