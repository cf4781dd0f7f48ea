# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.webhook_vault_credential_refresh_failed_event_data`: the official path of these types."""

from __future__ import annotations

from ._models.webhook_vault_credential_refresh_failed_event_data import (
    WebhookVaultCredentialRefreshFailedEventData as WebhookVaultCredentialRefreshFailedEventData,
)

__all__ = [
    "WebhookVaultCredentialRefreshFailedEventData",
]
