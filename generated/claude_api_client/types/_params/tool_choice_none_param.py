# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ToolChoiceNoneParam(TypedDict):
    """
    The model must not use any tool.
    """

    type: Literal["none"]
    """
    Always `none`.
    """
