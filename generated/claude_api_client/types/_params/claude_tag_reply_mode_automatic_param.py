# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ClaudeTagReplyModeAutomaticParam(TypedDict):
    """
    Claude decides when a reply helps.
    """

    type: Literal["automatic"]
    """
    Always `automatic`.
    """
