# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_javascript_exec_tool_use_block`: the official path of these types."""

from __future__ import annotations

from ._models.browser_javascript_exec_tool_use_block import (
    BrowserJavascriptExecToolUseBlock as BrowserJavascriptExecToolUseBlock,
)

__all__ = [
    "BrowserJavascriptExecToolUseBlock",
]
