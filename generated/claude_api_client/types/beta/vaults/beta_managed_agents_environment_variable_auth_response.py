# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_environment_variable_auth_response`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_credential_networking_response import (
    ManagedAgentsCredentialNetworkingResponse as Networking,
)
from ..._models.managed_agents_environment_variable_auth_response import (
    ManagedAgentsEnvironmentVariableAuthResponse as BetaManagedAgentsEnvironmentVariableAuthResponse,
)

__all__ = [
    "BetaManagedAgentsEnvironmentVariableAuthResponse",
    "Networking",
]
