# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsVaultNotFoundRunError(APIModel):
    """Vault not found run error."""

    type: Literal["vault_not_found_error"]
    """Always `vault_not_found_error`."""
    message: str
    """Human-readable message."""
