# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class BashCodeExecutionOutputBlockParam(TypedDict):
    """
    A file produced by a bash command, as sent back.
    """

    file_id: str
    """
    Id of a file the code produced.
    """
    type: Literal["bash_code_execution_output"]
    """
    Always `bash_code_execution_output`.
    """
