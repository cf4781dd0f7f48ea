# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class RBACGroupMemberAddParams(TypedDict):
    """
    Body that adds a user to a group.
    """

    user_id: str
    """
    ID of the user.
    """
