# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SpendLimitUserActor(APIModel):
    """A user, as the subject of spend."""

    deleted: bool
    """Whether the user has left the organization."""
    email_address: str | None = None
    """The user's email address."""
    name: str | None = None
    """The user's name."""
    type: Literal["user_actor"]
    """Always `user_actor`."""
    user_id: str
    """ID of the user."""
