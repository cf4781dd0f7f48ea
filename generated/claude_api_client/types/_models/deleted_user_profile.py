# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedUserProfile(APIModel):
    """Confirms that a user profile was deleted."""

    id: str
    """ID of the deleted user profile."""
    type: Literal["user_profile_deleted"]
    """Always `user_profile_deleted`."""
