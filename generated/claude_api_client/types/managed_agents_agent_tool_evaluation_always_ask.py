# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_agent_tool_evaluation_always_ask`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_agent_tool_evaluation_always_ask import (
    ManagedAgentsAgentToolEvaluationAlwaysAsk as ManagedAgentsAgentToolEvaluationAlwaysAsk,
)

__all__ = [
    "ManagedAgentsAgentToolEvaluationAlwaysAsk",
]
