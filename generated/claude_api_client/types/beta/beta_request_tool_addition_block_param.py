# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_request_tool_addition_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_addition_block_param import (
    ToolAdditionBlockParam as BetaRequestToolAdditionBlockParam,
)
from .._params.tool_addition_tool_param import ToolAdditionToolParam as Tool

__all__ = [
    "BetaRequestToolAdditionBlockParam",
    "Tool",
]
