# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_mcp_toolset_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_mcp_toolset_params import (
    ManagedAgentsMCPToolsetParams as ManagedAgentsMCPToolsetParams,
)

__all__ = [
    "ManagedAgentsMCPToolsetParams",
]
