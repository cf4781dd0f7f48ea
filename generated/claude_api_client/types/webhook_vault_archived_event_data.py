# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.webhook_vault_archived_event_data`: the official path of these types."""

from __future__ import annotations

from ._models.webhook_vault_archived_event_data import (
    WebhookVaultArchivedEventData as WebhookVaultArchivedEventData,
)

__all__ = [
    "WebhookVaultArchivedEventData",
]
