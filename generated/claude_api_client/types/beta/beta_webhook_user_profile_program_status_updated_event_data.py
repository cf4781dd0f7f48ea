# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_webhook_user_profile_program_status_updated_event_data`: the official path of these types."""

from __future__ import annotations

from .._models.webhook_user_profile_program_status_updated_event_data import (
    WebhookUserProfileProgramStatusUpdatedEventData as BetaWebhookUserProfileProgramStatusUpdatedEventData,
)

__all__ = [
    "BetaWebhookUserProfileProgramStatusUpdatedEventData",
]
