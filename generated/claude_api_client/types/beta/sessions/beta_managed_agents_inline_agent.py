# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_inline_agent`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_agent_tool import ManagedAgentsAgentTool as Tool
from ..._models.managed_agents_inline_agent import (
    ManagedAgentsInlineAgent as BetaManagedAgentsInlineAgent,
)
from ..._models.managed_agents_skill import ManagedAgentsSkill as Skill

__all__ = [
    "BetaManagedAgentsInlineAgent",
    "Skill",
    "Tool",
]
