# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.code_execution_result_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.code_execution_result_block_param import (
    CodeExecutionResultBlockParam as CodeExecutionResultBlockParam,
)

__all__ = [
    "CodeExecutionResultBlockParam",
]
