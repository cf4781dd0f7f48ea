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
    """Whose identity the agent's runs act under (absent from older responses)."""
    type: Literal["agent"]
    """Always `agent`."""
    id: str
    """ID of the agent."""
    version: int
    """Version of the agent (counts from 1, one more on each change)."""
    name: str
    """Name of the agent."""
    description: str | None = None
    """What the agent is for, in your own words; null when not given."""
    model: ManagedAgentsModelConfig
    """The model the agent runs on."""
    system: str | None = None
    """System prompt of the agent; null when none."""
    tools: list[ManagedAgentsAgentTool]
    """Tools the agent offers the model."""
    mcp_servers: list[ManagedAgentsMCPServer]
    """MCP servers the agent can reach."""
    skills: list[ManagedAgentsSkill]
    """Skills the agent can load."""
    metadata: dict[str, str]
    """Your own key-value labels on the agent."""
    created_at: Timestamp
    """When the agent was created (RFC 3339)."""
    updated_at: Timestamp
    """When the agent last changed (RFC 3339)."""
    archived_at: Timestamp | None = None
    """When the agent was archived (RFC 3339); null while it is not."""
    multiagent: ManagedAgentsMultiagent | None = None
    """How the agent delegates to other agents, or null."""
