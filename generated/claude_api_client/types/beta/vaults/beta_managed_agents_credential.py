# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_credential`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_credential import (
    ManagedAgentsCredential as BetaManagedAgentsCredential,
)
from ..._models.managed_agents_credential_auth import ManagedAgentsCredentialAuth as Auth

__all__ = [
    "Auth",
    "BetaManagedAgentsCredential",
]
