# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookVaultCredentialRefreshFailedEventData(APIModel):
    """Data of a webhook event about a vault credential refresh (failed)."""

    type: Literal["vault_credential.refresh_failed"]
    id: str
    organization_id: str
    workspace_id: str
    vault_id: str
