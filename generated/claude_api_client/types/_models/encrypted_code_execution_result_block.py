# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .code_execution_output_block import CodeExecutionOutputBlock


class EncryptedCodeExecutionResultBlock(APIModel):
    """Output of a code execution run whose stdout is encrypted."""

    content: list[CodeExecutionOutputBlock]
    """Files the code produced."""
    encrypted_stdout: str
    """Standard output of the command, encrypted."""
    return_code: int
    """Exit status of the command."""
    stderr: str
    """Standard error of the command."""
    type: Literal["encrypted_code_execution_result"]
    """Always `encrypted_code_execution_result`."""
