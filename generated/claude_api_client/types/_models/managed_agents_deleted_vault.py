# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsDeletedVault(APIModel):
    """Confirms that a vault was deleted."""

    type: Literal["vault_deleted"]
    """Always `vault_deleted`."""
    id: str
    """ID of the deleted vault."""
