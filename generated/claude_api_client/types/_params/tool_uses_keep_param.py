# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ToolUsesKeepParam(TypedDict):
    """
    Keep this many of the most recent tool uses.
    """

    type: Literal["tool_uses"]
    """
    Always `tool_uses`.
    """
    value: int
    """
    Number of recent tool uses to keep.
    """
