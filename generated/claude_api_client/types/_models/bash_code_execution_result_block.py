# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .bash_code_execution_output_block import BashCodeExecutionOutputBlock


class BashCodeExecutionResultBlock(APIModel):
    """Output of a bash command in the sandbox."""

    content: list[BashCodeExecutionOutputBlock]
    """Files the code produced."""
    return_code: int
    """Exit status of the command."""
    stderr: str
    """Standard error of the command."""
    stdout: str
    """Standard output of the command."""
    type: Literal["bash_code_execution_result"]
    """Always `bash_code_execution_result`."""
