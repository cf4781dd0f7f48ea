# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_tool import ManagedAgentsAgentTool
from .managed_agents_execution_identity import ManagedAgentsExecutionIdentity
from .managed_agents_mcp_server import ManagedAgentsMCPServer
from .managed_agents_model_config import ManagedAgentsModelConfig
from .managed_agents_multiagent import ManagedAgentsMultiagent
from .managed_agents_skill import ManagedAgentsSkill
from .timestamp import Timestamp


class ManagedAgentsAgent(APIModel):
    """A managed agent: model, system prompt, tools, skills and MCP servers, versioned on every change."""

    execution_identity: ManagedAgentsExecutionIdentity | None = None
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
    metadata: dict[str, str]
    created_at: Timestamp
    updated_at: Timestamp
    archived_at: Timestamp | None
    multiagent: ManagedAgentsMultiagent | None
