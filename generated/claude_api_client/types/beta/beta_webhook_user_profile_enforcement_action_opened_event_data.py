# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_webhook_user_profile_enforcement_action_opened_event_data`: the official path of these types."""

from __future__ import annotations

from .._models.webhook_user_profile_enforcement_action_opened_event_data import (
    WebhookUserProfileEnforcementActionOpenedEventData as BetaWebhookUserProfileEnforcementActionOpenedEventData,
)

__all__ = [
    "BetaWebhookUserProfileEnforcementActionOpenedEventData",
]
