# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .bash_code_execution_tool_result_content import BashCodeExecutionToolResultContent


class BashCodeExecutionToolResultBlock(APIModel):
    """Result of a bash command in the sandbox."""

    content: BashCodeExecutionToolResultContent
    """Output of the run, or an error."""
    tool_use_id: str
    """Id of the tool use block this result answers."""
    type: Literal["bash_code_execution_tool_result"]
    """Always `bash_code_execution_tool_result`."""
