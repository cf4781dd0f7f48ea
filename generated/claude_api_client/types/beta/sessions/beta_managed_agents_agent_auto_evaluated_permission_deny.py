# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_agent_auto_evaluated_permission_deny`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_agent_auto_evaluated_permission_deny import (
    ManagedAgentsAgentAutoEvaluatedPermissionDeny as BetaManagedAgentsAgentAutoEvaluatedPermissionDeny,
)

__all__ = [
    "BetaManagedAgentsAgentAutoEvaluatedPermissionDeny",
]
