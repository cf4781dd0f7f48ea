# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_mcp_tool_config_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_mcp_tool_config_params import (
    ManagedAgentsMCPToolConfigParams as ManagedAgentsMCPToolConfigParams,
)

__all__ = [
    "ManagedAgentsMCPToolConfigParams",
]
