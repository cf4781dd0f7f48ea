# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_tool import ManagedAgentsAgentTool
from .managed_agents_execution_identity import ManagedAgentsExecutionIdentity
from .managed_agents_mcp_server import ManagedAgentsMCPServer
from .managed_agents_model_config import ManagedAgentsModelConfig
from .managed_agents_session_multiagent import ManagedAgentsSessionMultiagent
from .managed_agents_skill import ManagedAgentsSkill


class ManagedAgentsSessionAgent(APIModel):
    """Session agent."""

    type: Literal["agent"]
    """Always `agent`."""
    id: str
    """ID of the agent the session runs."""
    version: int
    """Version of the agent the session runs."""
    name: str
    """Name of the session agent."""
    description: str | None = None
    """What the session agent is for, in your own words; null when not given."""
    model: ManagedAgentsModelConfig
    """The model the session agent runs on."""
    system: str | None = None
    """System prompt of the session agent; null when none."""
    tools: list[ManagedAgentsAgentTool]
    """Tools the session agent offers the model."""
    mcp_servers: list[ManagedAgentsMCPServer]
    """MCP servers the session agent can reach."""
    skills: list[ManagedAgentsSkill]
    """Skills the session agent can load."""
    multiagent: ManagedAgentsSessionMultiagent | None = None
    """How the agent delegates to other agents, or null."""
    execution_identity: ManagedAgentsExecutionIdentity | None = None
    """The principal the session agent's runs act as (absent from older responses)."""
