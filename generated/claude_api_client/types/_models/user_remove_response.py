# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class UserRemoveResponse(APIModel):
    """Confirms that a user no longer belongs to the organization."""

    id: str
    """ID of the removed user."""
    type: Literal["user_deleted"]
    """Always `user_deleted`."""
