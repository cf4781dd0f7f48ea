# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_tool import ManagedAgentsAgentTool
from .managed_agents_mcp_server import ManagedAgentsMCPServer
from .managed_agents_model_config import ManagedAgentsModelConfig
from .managed_agents_session_multiagent import ManagedAgentsSessionMultiagent
from .managed_agents_skill import ManagedAgentsSkill


class ManagedAgentsSessionAgent(APIModel):
    """Session agent."""

    type: Literal["agent"]
    """Object type tag."""
    id: str
    """Unique identifier."""
    version: int
    """Version number."""
    name: str
    """Human-readable name."""
    description: str | None = None
    """Free-text description."""
    model: ManagedAgentsModelConfig
    """Model used."""
    system: str | None = None
    """System prompt."""
    tools: list[ManagedAgentsAgentTool]
    """Tools available."""
    mcp_servers: list[ManagedAgentsMCPServer]
    """MCP servers reachable."""
    skills: list[ManagedAgentsSkill]
    """Skills available."""
    multiagent: ManagedAgentsSessionMultiagent | None = None
    """How the agent delegates to other agents, or null."""
