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
    id: str
    version: int
    name: str
    description: str | None
    model: ManagedAgentsModelConfig
    system: str | None
    tools: list[ManagedAgentsAgentTool]
    mcp_servers: list[ManagedAgentsMCPServer]
    skills: list[ManagedAgentsSkill]
    multiagent: ManagedAgentsSessionMultiagent | None
