# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ComplianceReviewUserActor(APIModel):
    """A signed-in user."""

    type: Literal["user_actor"]
    """Always `user_actor`."""
    user_id: str
    """ID of the user (`user_...`)."""
    email_address: str | None = None
    """The user's email; given only for a current member of an organization the key may read."""
