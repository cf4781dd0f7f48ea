# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_webhook_external_storage_failed_event_data`: the official path of these types."""

from __future__ import annotations

from .._models.webhook_external_storage_failed_event_data import (
    WebhookExternalStorageFailedEventData as BetaWebhookExternalStorageFailedEventData,
)

__all__ = [
    "BetaWebhookExternalStorageFailedEventData",
]
