# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class UserProfileNotFoundErrorDetails(APIModel):
    """The user profile of `anthropic-user-profile-id` does not exist."""

    error_code: Literal["user_profile_not_found"]
    """Always `user_profile_not_found`."""
