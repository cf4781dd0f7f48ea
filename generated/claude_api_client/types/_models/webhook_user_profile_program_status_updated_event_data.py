# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookUserProfileProgramStatusUpdatedEventData(APIModel):
    """Data of a webhook event about a user profile whose program status changed."""

    type: Literal["user_profile.program_status_updated"]
    """The event type."""
    id: str
    """ID of the user profile whose program status changed."""
    organization_id: str
    """ID of the organization the resource belongs to."""
