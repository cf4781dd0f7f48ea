# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AnalyticsReportUserActor(APIModel):
    """Analytics Report User Actor."""

    type: Literal["user_actor"]
    """Object type tag."""
    deleted: bool
    """Always true: the object is gone."""
    email_address: str | None = None
    """Email address."""
    name: str | None = None
    """Name."""
    user_id: str
    """ID of the user."""
