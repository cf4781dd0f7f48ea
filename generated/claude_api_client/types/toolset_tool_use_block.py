# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.toolset_tool_use_block`: the official path of these types."""

from __future__ import annotations

from ._models.toolset_tool_use_block import ToolsetToolUseBlock as ToolsetToolUseBlock

__all__ = [
    "ToolsetToolUseBlock",
]
