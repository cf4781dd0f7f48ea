# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_get_page_text_tool_use_block`: the official path of these types."""

from __future__ import annotations

from .._models.browser_get_page_text_tool_use_block import (
    BrowserGetPageTextToolUseBlock as BetaBrowserGetPageTextToolUseBlock,
)

__all__ = [
    "BetaBrowserGetPageTextToolUseBlock",
]
