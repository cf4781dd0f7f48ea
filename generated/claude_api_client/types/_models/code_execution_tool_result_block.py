# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .code_execution_tool_result_content import CodeExecutionToolResultContent


class CodeExecutionToolResultBlock(APIModel):
    """Result of a code execution tool call."""

    content: CodeExecutionToolResultContent
    """Output of the run, or an error."""
    tool_use_id: str
    """Id of the tool use block this result answers."""
    type: Literal["code_execution_tool_result"]
    """Always `code_execution_tool_result`."""
