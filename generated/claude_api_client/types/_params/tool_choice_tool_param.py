# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ToolChoiceToolParam(TypedDict):
    """
    The model must use the named tool.
    """

    disable_parallel_tool_use: NotRequired[bool]
    """
    Require exactly one tool call in the reply (default false).
    """
    name: str
    """
    Name of the tool the model must use.
    """
    type: Literal["tool"]
    """
    Always `tool`.
    """
