# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.code_execution_tool_result_error_code`: the official path of these types."""

from __future__ import annotations

from ._models.code_execution_tool_result_error_code import (
    CodeExecutionToolResultErrorCode as CodeExecutionToolResultErrorCode,
)

__all__ = [
    "CodeExecutionToolResultErrorCode",
]
