# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_code_execution_tool_result_block`: the official path of these types."""

from __future__ import annotations

from .._models.code_execution_tool_result_block import (
    CodeExecutionToolResultBlock as BetaCodeExecutionToolResultBlock,
)

__all__ = [
    "BetaCodeExecutionToolResultBlock",
]
