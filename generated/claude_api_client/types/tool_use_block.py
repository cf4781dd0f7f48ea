# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_use_block`: the official path of these types."""

from __future__ import annotations

from ._models.tool_caller import ToolCaller as Caller
from ._models.tool_use_block import ToolUseBlock as ToolUseBlock

__all__ = [
    "Caller",
    "ToolUseBlock",
]
