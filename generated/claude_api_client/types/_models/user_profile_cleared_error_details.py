# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class UserProfileClearedErrorDetails(APIModel):
    """The workspace's user profile was cleared and cannot be set again."""

    error_code: Literal["user_profile_cleared"]
    """Always `user_profile_cleared`."""
