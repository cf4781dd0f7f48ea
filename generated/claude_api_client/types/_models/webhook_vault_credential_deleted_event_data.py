# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookVaultCredentialDeletedEventData(APIModel):
    """Data of a webhook event about a vault credential (deleted)."""

    type: Literal["vault_credential.deleted"]
    id: str
    organization_id: str
    workspace_id: str
    vault_id: str
