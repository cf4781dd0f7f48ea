# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ServerToolCaller20260120Param(TypedDict):
    """
    Code in the code execution tool (version 20260120) called the tool.
    """

    tool_id: str
    """
    Id of the server tool call whose code made this call.
    """
    type: Literal["code_execution_20260120"]
    """
    Always `code_execution_20260120`.
    """
