# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.webhook_environment_deleted_event_data`: the official path of these types."""

from __future__ import annotations

from ._models.webhook_environment_deleted_event_data import (
    WebhookEnvironmentDeletedEventData as WebhookEnvironmentDeletedEventData,
)

__all__ = [
    "WebhookEnvironmentDeletedEventData",
]
