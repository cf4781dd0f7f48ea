# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .user_profile_enroll_end_user_action_param import (
    UserProfileEnrollEndUserActionParam,
)


class ActionURLCreateParams(TypedDict):
    """
    Body that asks for an action link for a user profile.
    """

    action: UserProfileEnrollEndUserActionParam
    """
    The action the person who opens the link takes.
    """
