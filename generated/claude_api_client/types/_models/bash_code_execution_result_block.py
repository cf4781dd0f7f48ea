# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .bash_code_execution_output_block import BashCodeExecutionOutputBlock


class BashCodeExecutionResultBlock(APIModel):
    """Output of a bash command in the sandbox."""

    content: list[BashCodeExecutionOutputBlock]
    return_code: int
    stderr: str
    stdout: str
    type: Literal["bash_code_execution_result"]
