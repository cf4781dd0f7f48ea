# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_aws_agent_core_gateway_mcp_server import (
    ManagedAgentsAWSAgentCoreGatewayMCPServer,
)
from .managed_agents_aws_role_execution_identity import (
    ManagedAgentsAWSRoleExecutionIdentity,
)
from .managed_agents_bedrock_agent_tool import ManagedAgentsBedrockAgentTool
from .managed_agents_bedrock_multiagent_coordinator import (
    ManagedAgentsBedrockMultiagentCoordinator,
)
from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .managed_agents_model_config import ManagedAgentsModelConfig
from .managed_agents_sandbox_skill import ManagedAgentsSandboxSkill
from .timestamp import Timestamp


class ManagedAgentsBedrockAgent(APIModel):
    """Bedrock: a managed agent: model, system prompt, tools, skills and MCP servers, versioned on every change."""

    id: str
    """ID of the agent."""
    archived_at: Timestamp | None = None
    """When the agent was archived (RFC 3339); null while it is not."""
    created_at: Timestamp
    """When the agent was created (RFC 3339)."""
    created_by: ManagedAgentsCallerIdentity | None = None
    """Who created it (a person or an IAM role); null when no creator was recorded."""
    description: str | None = None
    """What the agent is for, in your own words; null when not given."""
    mcp_servers: list[ManagedAgentsAWSAgentCoreGatewayMCPServer]
    """MCP servers the agent can reach."""
    metadata: dict[str, str]
    """Your own key-value labels on the agent."""
    model: ManagedAgentsModelConfig
    """The model the agent runs on."""
    multiagent: ManagedAgentsBedrockMultiagentCoordinator | None = None
    """How the agent delegates to other agents, or null."""
    name: str
    """Name of the agent."""
    resource_arn: str | None = None
    """ARN of the resource in AWS, or null."""
    skills: list[ManagedAgentsSandboxSkill]
    """Skills the agent can load."""
    system: str | None = None
    """System prompt of the agent; null when none."""
    tools: list[ManagedAgentsBedrockAgentTool]
    """Tools the agent offers the model."""
    type: Literal["agent"]
    """Always `agent`."""
    updated_at: Timestamp
    """When the agent last changed (RFC 3339)."""
    version: int
    """Version of the agent (counts from 1, one more on each change)."""
    execution_identity: ManagedAgentsAWSRoleExecutionIdentity | None = None
    """Whose identity the agent's runs act under (absent from older responses)."""
