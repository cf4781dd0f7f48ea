# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_webhook_environment_archived_event_data`: the official path of these types."""

from __future__ import annotations

from .._models.webhook_environment_archived_event_data import (
    WebhookEnvironmentArchivedEventData as BetaWebhookEnvironmentArchivedEventData,
)

__all__ = [
    "BetaWebhookEnvironmentArchivedEventData",
]
