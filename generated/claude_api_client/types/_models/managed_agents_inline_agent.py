# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_tool import ManagedAgentsAgentTool
from .managed_agents_execution_identity import ManagedAgentsExecutionIdentity
from .managed_agents_mcp_server import ManagedAgentsMCPServer
from .managed_agents_model_config import ManagedAgentsModelConfig
from .managed_agents_skill import ManagedAgentsSkill


class ManagedAgentsInlineAgent(APIModel):
    """An agent defined on the spot (in a workflow run's plan or when a thread is spawned) and never saved, so it has no ID or version."""

    type: Literal["inline"]
    """Always `inline`."""
    name: str
    """Name given in the agent's definition, or one the server chose."""
    description: str | None = None
    """What the inline agent is for; null when not given."""
    execution_identity: ManagedAgentsExecutionIdentity | None = None
    """Whose identity the inline agent acts under."""
    model: ManagedAgentsModelConfig
    """The model the inline agent runs on."""
    system: str | None = None
    """System prompt of the inline agent; null when none."""
    tools: list[ManagedAgentsAgentTool]
    """Tools the inline agent offers the model."""
    mcp_servers: list[ManagedAgentsMCPServer]
    """MCP servers the inline agent can reach."""
    skills: list[ManagedAgentsSkill]
    """Skills the inline agent can load."""
