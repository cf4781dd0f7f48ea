# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsDeletedCredential(APIModel):
    """Confirms that a credential was deleted."""

    type: Literal["vault_credential_deleted"]
    """Always `vault_credential_deleted`."""
    id: str
    """ID of the deleted credential."""
