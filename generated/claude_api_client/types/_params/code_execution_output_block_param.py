# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class CodeExecutionOutputBlockParam(TypedDict):
    """
    A file produced by code execution, as sent back.
    """

    file_id: str
    """
    Id of a file the code produced.
    """
    type: Literal["code_execution_output"]
    """
    Always `code_execution_output`.
    """
