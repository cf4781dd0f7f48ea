# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .code_execution_output_block import CodeExecutionOutputBlock


class EncryptedCodeExecutionResultBlock(APIModel):
    """Output of a code execution run whose stdout is encrypted."""

    content: list[CodeExecutionOutputBlock]
    encrypted_stdout: str
    return_code: int
    stderr: str
    type: Literal["encrypted_code_execution_result"]
