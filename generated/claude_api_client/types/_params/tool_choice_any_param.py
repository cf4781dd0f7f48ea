# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ToolChoiceAnyParam(TypedDict):
    """
    The model must use one of the tools.
    """

    disable_parallel_tool_use: NotRequired[bool]
    """
    Require exactly one tool call in the reply (default false).
    """
    type: Literal["any"]
    """
    Always `any`.
    """
