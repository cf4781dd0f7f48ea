# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ClaudeTagGuestPolicyAllowParam(TypedDict):
    """
    Guests may use Claude like members.
    """

    type: Literal["allow"]
    """
    Always `allow`.
    """
