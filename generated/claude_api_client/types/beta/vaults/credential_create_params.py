# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.credential_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.credential_create_params import CredentialCreateParams as CredentialCreateParams
from ..._params.managed_agents_credential_create_auth_param import (
    ManagedAgentsCredentialCreateAuthParam as Auth,
)

__all__ = [
    "Auth",
    "CredentialCreateParams",
]
