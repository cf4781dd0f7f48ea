# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .code_execution_output_block import CodeExecutionOutputBlock


class CodeExecutionResultBlock(APIModel):
    """Output of a code execution run."""

    content: list[CodeExecutionOutputBlock]
    """Files the code produced."""
    return_code: int
    """Exit status of the command."""
    stderr: str
    """Standard error of the command."""
    stdout: str
    """Standard output of the command."""
    type: Literal["code_execution_result"]
    """Always `code_execution_result`."""
