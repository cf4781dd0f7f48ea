# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_unrestricted_credential_networking_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_unrestricted_credential_networking_params import (
    ManagedAgentsUnrestrictedCredentialNetworkingParams as ManagedAgentsUnrestrictedCredentialNetworkingParams,
)

__all__ = [
    "ManagedAgentsUnrestrictedCredentialNetworkingParams",
]
