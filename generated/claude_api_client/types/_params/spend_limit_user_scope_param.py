# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class SpendLimitUserScopeParam(TypedDict):
    """
    A limit for one user.
    """

    user_id: str
    """
    ID of the user.
    """
    type: Literal["user"]
    """
    Always `user`.
    """
