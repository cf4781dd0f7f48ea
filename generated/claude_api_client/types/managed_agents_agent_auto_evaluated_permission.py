# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_agent_auto_evaluated_permission`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_agent_auto_evaluated_permission import (
    ManagedAgentsAgentAutoEvaluatedPermission as ManagedAgentsAgentAutoEvaluatedPermission,
)

__all__ = [
    "ManagedAgentsAgentAutoEvaluatedPermission",
]
