# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_server_tool_usage`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_server_tool_usage import (
    ManagedAgentsServerToolUsage as BetaManagedAgentsServerToolUsage,
)

__all__ = [
    "BetaManagedAgentsServerToolUsage",
]
