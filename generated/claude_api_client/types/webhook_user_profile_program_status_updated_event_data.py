# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.webhook_user_profile_program_status_updated_event_data`: the official path of these types."""

from __future__ import annotations

from ._models.webhook_user_profile_program_status_updated_event_data import (
    WebhookUserProfileProgramStatusUpdatedEventData as WebhookUserProfileProgramStatusUpdatedEventData,
)

__all__ = [
    "WebhookUserProfileProgramStatusUpdatedEventData",
]
