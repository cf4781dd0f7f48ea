# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class OutputBehaviorCreateNewParam(TypedDict):
    """
    Write the result into a new memory store cloned from the input (the default).
    """

    type: Literal["create_new"]
    """
    Always `create_new`.
    """
