# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_agent_tool_evaluation_auto`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_agent_tool_evaluation_auto import (
    ManagedAgentsAgentToolEvaluationAuto as BetaManagedAgentsAgentToolEvaluationAuto,
)

__all__ = [
    "BetaManagedAgentsAgentToolEvaluationAuto",
]
