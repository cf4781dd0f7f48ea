# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.computer_tool_use_block`: the official path of these types."""

from __future__ import annotations

from ._models.computer_tool_use_block import ComputerToolUseBlock as ComputerToolUseBlock

__all__ = [
    "ComputerToolUseBlock",
]
