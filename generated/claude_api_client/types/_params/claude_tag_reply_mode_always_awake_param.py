# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ClaudeTagReplyModeAlwaysAwakeParam(TypedDict):
    """
    Claude replies to every message.
    """

    type: Literal["always_awake"]
    """
    Always `always_awake`.
    """
