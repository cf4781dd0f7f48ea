# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_sandbox_path_resource_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_sandbox_path_resource_params import (
    ManagedAgentsSandboxPathResourceParams as ManagedAgentsSandboxPathResourceParams,
)

__all__ = [
    "ManagedAgentsSandboxPathResourceParams",
]
