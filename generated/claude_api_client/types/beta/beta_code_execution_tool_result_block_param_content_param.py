# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_code_execution_tool_result_block_param_content_param`: the official path of these types."""

from __future__ import annotations

from .._params.code_execution_tool_result_content_param import (
    CodeExecutionToolResultContentParam as BetaCodeExecutionToolResultBlockParamContentParam,
)

__all__ = [
    "BetaCodeExecutionToolResultBlockParamContentParam",
]
