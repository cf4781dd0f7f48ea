# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_response_computer_double_click_tool_use_block`: the official path of these types."""

from __future__ import annotations

from .._models.computer_double_click_tool_use_block import (
    ComputerDoubleClickToolUseBlock as BetaResponseComputerDoubleClickToolUseBlock,
)

__all__ = [
    "BetaResponseComputerDoubleClickToolUseBlock",
]
