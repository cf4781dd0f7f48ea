# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_url_mcp_server_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_urlmcp_server_params import (
    ManagedAgentsURLMCPServerParams as BetaManagedAgentsURLMCPServerParams,
)

__all__ = [
    "BetaManagedAgentsURLMCPServerParams",
]
