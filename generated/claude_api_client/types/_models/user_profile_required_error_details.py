# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class UserProfileRequiredErrorDetails(APIModel):
    """The request needs an `anthropic-user-profile-id` header."""

    error_code: Literal["user_profile_required"]
    """Always `user_profile_required`."""
