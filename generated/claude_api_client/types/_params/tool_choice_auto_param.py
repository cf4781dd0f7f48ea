# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ToolChoiceAutoParam(TypedDict):
    """
    The model decides whether to use a tool.
    """

    disable_parallel_tool_use: NotRequired[bool]
    """
    Allow at most one tool call in the reply (default false).
    """
    type: Literal["auto"]
    """
    Always `auto`.
    """
