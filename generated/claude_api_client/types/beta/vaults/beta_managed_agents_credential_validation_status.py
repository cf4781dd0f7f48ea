# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_credential_validation_status`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_credential_validation_status import (
    ManagedAgentsCredentialValidationStatus as BetaManagedAgentsCredentialValidationStatus,
)

__all__ = [
    "BetaManagedAgentsCredentialValidationStatus",
]
