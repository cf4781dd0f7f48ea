# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_multiagent_subagents_enabled_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_multiagent_subagents_enabled_params import (
    ManagedAgentsMultiagentSubagentsEnabledParams as ManagedAgentsMultiagentSubagentsEnabledParams,
)

__all__ = [
    "ManagedAgentsMultiagentSubagentsEnabledParams",
]
