# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ClaudeTagGuestPolicyRestrictParam(TypedDict):
    """
    Guests may not use Claude.
    """

    type: Literal["restrict"]
    """
    Always `restrict`.
    """
