# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class PluginUserActor(APIModel):
    """A member, through the product."""

    email_address: str | None = None
    """The member's email address."""
    type: Literal["user_actor"]
    """Always `user_actor`."""
    user_id: str
    """ID of the member."""
