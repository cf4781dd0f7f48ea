# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_deleted_credential`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_deleted_credential import (
    ManagedAgentsDeletedCredential as BetaManagedAgentsDeletedCredential,
)

__all__ = [
    "BetaManagedAgentsDeletedCredential",
]
