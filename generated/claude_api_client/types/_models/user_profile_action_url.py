# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class UserProfileActionURL(APIModel):
    """A short-lived link for the person who is to take an action on a user profile."""

    type: Literal["user_profile_action_url"]
    """Always `user_profile_action_url`."""
    url: str
    """The link; whoever holds it can open it until `expires_at`."""
    expires_at: WireDateTime
    """When the link stops working (RFC 3339)."""
