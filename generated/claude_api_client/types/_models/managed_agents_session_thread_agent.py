# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_tool import ManagedAgentsAgentTool
from .managed_agents_execution_identity import ManagedAgentsExecutionIdentity
from .managed_agents_mcp_server import ManagedAgentsMCPServer
from .managed_agents_model_config import ManagedAgentsModelConfig
from .managed_agents_skill import ManagedAgentsSkill


class ManagedAgentsSessionThreadAgent(APIModel):
    """Session thread agent."""

    type: Literal["agent"]
    """Always `agent`."""
    id: str
    """ID of the session thread agent."""
    version: int
    """Version of the session thread agent."""
    name: str
    """Name of the session thread agent."""
    description: str | None = None
    """What the session thread agent is for, in your own words; null when not given."""
    model: ManagedAgentsModelConfig
    """The model the session thread agent runs on."""
    system: str | None = None
    """System prompt of the session thread agent; null when none."""
    tools: list[ManagedAgentsAgentTool]
    """Tools the session thread agent offers the model."""
    mcp_servers: list[ManagedAgentsMCPServer]
    """MCP servers the session thread agent can reach."""
    skills: list[ManagedAgentsSkill]
    """Skills the session thread agent can load."""
    execution_identity: ManagedAgentsExecutionIdentity | None = None
    """The principal this thread's agent acts as when it runs (absent from older responses)."""
