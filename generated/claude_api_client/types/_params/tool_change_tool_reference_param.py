# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ToolChangeToolReferenceParam(TypedDict):
    """
    Refers to a tool from `tools` by name.
    """

    name: str
    """
    Name of the tool.
    """
    type: Literal["tool_reference"]
    """
    Always `tool_reference`.
    """
