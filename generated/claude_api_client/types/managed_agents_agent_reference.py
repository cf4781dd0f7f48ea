# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_agent_reference`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_agent_reference import (
    ManagedAgentsAgentReference as ManagedAgentsAgentReference,
)

__all__ = [
    "ManagedAgentsAgentReference",
]
