# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_mcp_server_url_definition`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_mcp_server_url_definition import (
    ManagedAgentsMCPServerURLDefinition as BetaManagedAgentsMCPServerURLDefinition,
)

__all__ = [
    "BetaManagedAgentsMCPServerURLDefinition",
]
