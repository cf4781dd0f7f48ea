# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .code_execution_output_block import CodeExecutionOutputBlock


class CodeExecutionResultBlock(APIModel):
    """Output of a code execution run."""

    content: list[CodeExecutionOutputBlock]
    return_code: int
    stderr: str
    stdout: str
    type: Literal["code_execution_result"]
