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
    metadata: dict[str, str]
    """Your own key-value labels."""
    created_at: Timestamp
    """When it was created (RFC 3339)."""
    updated_at: Timestamp
    """When it last changed (RFC 3339)."""
    archived_at: Timestamp | None = None
    """When it was archived (RFC 3339), or null."""
    multiagent: ManagedAgentsMultiagent | None = None
    """How the agent delegates to other agents, or null."""
