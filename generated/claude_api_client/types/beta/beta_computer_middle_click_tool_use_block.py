# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_computer_middle_click_tool_use_block`: the official path of these types."""

from __future__ import annotations

from .._models.computer_middle_click_tool_use_block import (
    ComputerMiddleClickToolUseBlock as BetaComputerMiddleClickToolUseBlock,
)

__all__ = [
    "BetaComputerMiddleClickToolUseBlock",
]
