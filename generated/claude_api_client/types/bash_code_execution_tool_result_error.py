# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.bash_code_execution_tool_result_error`: the official path of these types."""

from __future__ import annotations

from ._models.bash_code_execution_tool_result_error import (
    BashCodeExecutionToolResultError as BashCodeExecutionToolResultError,
)

__all__ = [
    "BashCodeExecutionToolResultError",
]
