# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_aws_agent_core_gateway_mcp_server import (
    ManagedAgentsAWSAgentCoreGatewayMCPServer,
)
from .managed_agents_bedrock_agent_tool import ManagedAgentsBedrockAgentTool
from .managed_agents_model_config import ManagedAgentsModelConfig
from .managed_agents_sandbox_skill import ManagedAgentsSandboxSkill


class ManagedAgentsBedrockSessionThreadAgent(APIModel):
    """Bedrock: session thread agent."""

    id: str
    """ID of the session thread agent."""
    description: str | None = None
    """What the session thread agent is for, in your own words; null when not given."""
    mcp_servers: list[ManagedAgentsAWSAgentCoreGatewayMCPServer]
    """MCP servers the session thread agent can reach."""
    model: ManagedAgentsModelConfig
    """The model the session thread agent runs on."""
    name: str
    """Name of the session thread agent."""
    skills: list[ManagedAgentsSandboxSkill]
    """Skills the session thread agent can load."""
    system: str | None = None
    """System prompt of the session thread agent; null when none."""
    tools: list[ManagedAgentsBedrockAgentTool]
    """Tools the session thread agent offers the model."""
    type: Literal["agent"]
    """Always `agent`."""
    version: int
    """Version of the session thread agent."""
