# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_tool_use_block`: the official path of these types."""

from __future__ import annotations

from .._models.browser_tool_use_block import BrowserToolUseBlock as BetaBrowserToolUseBlock

__all__ = [
    "BetaBrowserToolUseBlock",
]
