# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AnalyticsReportUserActor(APIModel):
    """A member of the organization in a per-user report."""

    type: Literal["user_actor"]
    """Always `user_actor`."""
    deleted: bool
    """Always true: the object is gone."""
    email_address: str | None = None
    """The member's email address."""
    name: str | None = None
    """Its name."""
    user_id: str
    """ID of the user."""
