# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.bash_code_execution_tool_result_error_code_param`: the official path of these types."""

from __future__ import annotations

from ._params.bash_code_execution_tool_result_error_code_param import (
    BashCodeExecutionToolResultErrorCodeParam as BashCodeExecutionToolResultErrorCodeParam,
)

__all__ = [
    "BashCodeExecutionToolResultErrorCodeParam",
]
