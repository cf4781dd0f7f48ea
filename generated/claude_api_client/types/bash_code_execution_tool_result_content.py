# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.bash_code_execution_tool_result_content`: the official path of these types."""

from __future__ import annotations

from ._models.bash_code_execution_tool_result_content import (
    BashCodeExecutionToolResultContent as BashCodeExecutionToolResultContent,
)

__all__ = [
    "BashCodeExecutionToolResultContent",
]
