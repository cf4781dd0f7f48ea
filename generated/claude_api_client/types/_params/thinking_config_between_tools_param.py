# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ThinkingConfigBetweenToolsParam(TypedDict):
    """
    Thinking off, but short progress notes the model writes between tool calls come back as thinking blocks.
    """

    type: Literal["between_tools"]
    """
    Always `between_tools`.
    """
