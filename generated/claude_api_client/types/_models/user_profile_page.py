# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .user_profile import UserProfile


class UserProfilePage(APIModel):
    """One page of user profiles."""

    data: list[UserProfile]
    next_page: str | None = None
