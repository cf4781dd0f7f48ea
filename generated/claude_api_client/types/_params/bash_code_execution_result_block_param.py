# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .bash_code_execution_output_block_param import BashCodeExecutionOutputBlockParam


class BashCodeExecutionResultBlockParam(TypedDict):
    """
    Output of a bash command in the sandbox, as sent back.
    """

    content: Sequence[BashCodeExecutionOutputBlockParam]
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
    type: Literal["bash_code_execution_result"]
    """
    Always `bash_code_execution_result`.
    """
