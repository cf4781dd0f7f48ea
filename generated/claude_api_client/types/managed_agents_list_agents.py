# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_list_agents`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_list_agents import ManagedAgentsListAgents as ManagedAgentsListAgents

__all__ = [
    "ManagedAgentsListAgents",
]
