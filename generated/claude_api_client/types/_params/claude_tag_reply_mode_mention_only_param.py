# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ClaudeTagReplyModeMentionOnlyParam(TypedDict):
    """
    Claude replies only when mentioned.
    """

    type: Literal["mention_only"]
    """
    Always `mention_only`.
    """
