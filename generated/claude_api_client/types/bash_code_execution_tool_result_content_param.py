# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.bash_code_execution_tool_result_content_param`: the official path of these types."""

from __future__ import annotations

from ._params.bash_code_execution_tool_result_content_param import (
    BashCodeExecutionToolResultContentParam as BashCodeExecutionToolResultContentParam,
)

__all__ = [
    "BashCodeExecutionToolResultContentParam",
]
