# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ToolUsesTriggerParam(TypedDict):
    """
    Starts the edit once there are this many tool uses.
    """

    type: Literal["tool_uses"]
    """
    Always `tool_uses`.
    """
    value: int
    """
    Number of tool uses that starts the edit.
    """
