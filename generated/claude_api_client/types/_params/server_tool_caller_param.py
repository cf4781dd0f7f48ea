# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ServerToolCallerParam(TypedDict):
    """
    Code in the code execution tool (version 20250825) called the tool.
    """

    tool_id: str
    """
    Id of the server tool call whose code made this call.
    """
    type: Literal["code_execution_20250825"]
    """
    Always `code_execution_20250825`.
    """
