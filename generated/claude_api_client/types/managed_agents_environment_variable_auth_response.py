# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_environment_variable_auth_response`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_environment_variable_auth_response import (
    ManagedAgentsEnvironmentVariableAuthResponse as ManagedAgentsEnvironmentVariableAuthResponse,
)

__all__ = [
    "ManagedAgentsEnvironmentVariableAuthResponse",
]
