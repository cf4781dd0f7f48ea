# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_response_computer_mouse_move_tool_use_block`: the official path of these types."""

from __future__ import annotations

from .._models.computer_mouse_move_tool_use_block import (
    ComputerMouseMoveToolUseBlock as BetaResponseComputerMouseMoveToolUseBlock,
)

__all__ = [
    "BetaResponseComputerMouseMoveToolUseBlock",
]
