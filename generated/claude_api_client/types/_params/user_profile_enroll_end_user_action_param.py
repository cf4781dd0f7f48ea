# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class UserProfileEnrollEndUserActionParam(TypedDict):
    """
    The end user behind the profile enrolls in a program.
    """

    type: Literal["enroll_end_user"]
    """
    Always `enroll_end_user`.
    """
