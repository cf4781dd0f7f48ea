# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_credential_update_auth_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_credential_update_auth_param import (
    ManagedAgentsCredentialUpdateAuthParam as ManagedAgentsCredentialUpdateAuthParam,
)

__all__ = [
    "ManagedAgentsCredentialUpdateAuthParam",
]
