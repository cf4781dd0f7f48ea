# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_aws_agent_core_gateway_mcp_server import (
    ManagedAgentsAWSAgentCoreGatewayMCPServer,
)
from .managed_agents_bedrock_agent_tool import ManagedAgentsBedrockAgentTool
from .managed_agents_bedrock_session_multiagent_coordinator import (
    ManagedAgentsBedrockSessionMultiagentCoordinator,
)
from .managed_agents_model_config import ManagedAgentsModelConfig
from .managed_agents_sandbox_skill import ManagedAgentsSandboxSkill


class ManagedAgentsBedrockSessionAgent(APIModel):
    """Bedrock: session agent."""

    id: str
    """ID of the agent the session runs."""
    description: str | None = None
    """What the session agent is for, in your own words; null when not given."""
    mcp_servers: list[ManagedAgentsAWSAgentCoreGatewayMCPServer]
    """MCP servers the session agent can reach."""
    model: ManagedAgentsModelConfig
    """The model the session agent runs on."""
    multiagent: ManagedAgentsBedrockSessionMultiagentCoordinator | None = None
    """How the agent delegates to other agents, or null."""
    name: str
    """Name of the session agent."""
    skills: list[ManagedAgentsSandboxSkill]
    """Skills the session agent can load."""
    system: str | None = None
    """System prompt of the session agent; null when none."""
    tools: list[ManagedAgentsBedrockAgentTool]
    """Tools the session agent offers the model."""
    type: Literal["agent"]
    """Always `agent`."""
    version: int
    """Version of the agent the session runs."""
