# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.response_computer_key_tool_use_block`: the official path of these types."""

from __future__ import annotations

from ._models.computer_key_tool_use_block import (
    ComputerKeyToolUseBlock as ResponseComputerKeyToolUseBlock,
)

__all__ = [
    "ResponseComputerKeyToolUseBlock",
]
