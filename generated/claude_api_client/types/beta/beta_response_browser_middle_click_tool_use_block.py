# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_response_browser_middle_click_tool_use_block`: the official path of these types."""

from __future__ import annotations

from .._models.browser_middle_click_tool_use_block import (
    BrowserMiddleClickToolUseBlock as BetaResponseBrowserMiddleClickToolUseBlock,
)

__all__ = [
    "BetaResponseBrowserMiddleClickToolUseBlock",
]
