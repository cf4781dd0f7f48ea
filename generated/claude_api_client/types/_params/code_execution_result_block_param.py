# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .code_execution_output_block_param import CodeExecutionOutputBlockParam


class CodeExecutionResultBlockParam(TypedDict):
    """
    Output of a code execution run, as sent back.
    """

    content: Sequence[CodeExecutionOutputBlockParam]
    """
    Files the code produced.
    """
    return_code: int
    """
    Exit status of the command.
    """
    stderr: str
    """
    Standard error of the command.
    """
    stdout: str
    """
    Standard output of the command.
    """
    type: Literal["code_execution_result"]
    """
    Always `code_execution_result`.
    """
