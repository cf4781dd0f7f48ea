# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_multiagent_inline_agents`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_multiagent_inline_agents import (
    ManagedAgentsMultiagentInlineAgents as ManagedAgentsMultiagentInlineAgents,
)

__all__ = [
    "ManagedAgentsMultiagentInlineAgents",
]
