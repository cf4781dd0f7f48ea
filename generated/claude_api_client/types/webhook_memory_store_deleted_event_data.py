# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.webhook_memory_store_deleted_event_data`: the official path of these types."""

from __future__ import annotations

from ._models.webhook_memory_store_deleted_event_data import (
    WebhookMemoryStoreDeletedEventData as WebhookMemoryStoreDeletedEventData,
)

__all__ = [
    "WebhookMemoryStoreDeletedEventData",
]
