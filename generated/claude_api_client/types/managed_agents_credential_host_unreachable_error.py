# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_credential_host_unreachable_error`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_credential_host_unreachable_error import (
    ManagedAgentsCredentialHostUnreachableError as ManagedAgentsCredentialHostUnreachableError,
)

__all__ = [
    "ManagedAgentsCredentialHostUnreachableError",
]
