# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_response_tool_addition_block`: the official path of these types."""

from __future__ import annotations

from .._models.tool_addition_block import ToolAdditionBlock as BetaResponseToolAdditionBlock
from .._models.tool_addition_tool import ToolAdditionTool as Tool

__all__ = [
    "BetaResponseToolAdditionBlock",
    "Tool",
]
