# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_credential_networking_response import (
    ManagedAgentsCredentialNetworkingResponse,
)
from .managed_agents_injection_location_response import (
    ManagedAgentsInjectionLocationResponse,
)


class ManagedAgentsEnvironmentVariableAuthResponse(APIModel):
    """A secret exposed to the agent as a placeholder environment variable, as returned (value withheld)."""

    type: Literal["environment_variable"]
    """Always `environment_variable`."""
    secret_name: str
    """Name of the placeholder environment variable the agent sees."""
    networking: ManagedAgentsCredentialNetworkingResponse
    """Which hosts may receive the secret."""
    injection_location: ManagedAgentsInjectionLocationResponse
    """Where in outbound requests the secret may be substituted."""
