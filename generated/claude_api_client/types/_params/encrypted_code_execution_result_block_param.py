# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .code_execution_output_block_param import CodeExecutionOutputBlockParam


class EncryptedCodeExecutionResultBlockParam(TypedDict):
    """
    Output of a code execution run with encrypted stdout, as sent back.
    """

    content: Sequence[CodeExecutionOutputBlockParam]
    """
    Files the code produced.
    """
    encrypted_stdout: str
    """
    Standard output of the command, encrypted.
    """
    return_code: int
    """
    Exit status of the command.
    """
    stderr: str
    """
    Standard error of the command.
    """
    type: Literal["encrypted_code_execution_result"]
    """
    Always `encrypted_code_execution_result`.
    """
