# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.credential_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.credential_update_params import CredentialUpdateParams as CredentialUpdateParams
from ..._params.managed_agents_credential_update_auth_param import (
    ManagedAgentsCredentialUpdateAuthParam as Auth,
)

__all__ = [
    "Auth",
    "CredentialUpdateParams",
]
