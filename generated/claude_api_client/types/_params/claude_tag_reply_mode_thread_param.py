# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ClaudeTagReplyModeThreadParam(TypedDict):
    """
    Claude keeps replying in threads it was mentioned in.
    """

    type: Literal["thread"]
    """
    Always `thread`.
    """
