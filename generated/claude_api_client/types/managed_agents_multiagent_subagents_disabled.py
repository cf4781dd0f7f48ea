# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_multiagent_subagents_disabled`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_multiagent_subagents_disabled import (
    ManagedAgentsMultiagentSubagentsDisabled as ManagedAgentsMultiagentSubagentsDisabled,
)

__all__ = [
    "ManagedAgentsMultiagentSubagentsDisabled",
]
