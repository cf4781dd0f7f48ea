# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.response_computer_type_tool_use_block`: the official path of these types."""

from __future__ import annotations

from ._models.computer_type_tool_use_block import (
    ComputerTypeToolUseBlock as ResponseComputerTypeToolUseBlock,
)

__all__ = [
    "ResponseComputerTypeToolUseBlock",
]
