# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.code_execution_tool_result_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.code_execution_tool_result_block_param import (
    CodeExecutionToolResultBlockParam as CodeExecutionToolResultBlockParam,
)

__all__ = [
    "CodeExecutionToolResultBlockParam",
]
