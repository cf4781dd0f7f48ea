# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_aws_agent_core_gateway_mcp_server_param import (
    ManagedAgentsAWSAgentCoreGatewayMCPServerParam,
)
from .managed_agents_bedrock_agent_tool_params import (
    ManagedAgentsBedrockAgentToolParams,
)
from .managed_agents_bedrock_model_params import ManagedAgentsBedrockModelParams
from .managed_agents_sandbox_skill_param import ManagedAgentsSandboxSkillParam


class ManagedAgentsBedrockAgentWithOverridesParams(TypedDict):
    """
    Bedrock: an agent a session runs with some of its settings replaced for that session.
    """

    type: Literal["agent_with_overrides"]
    """
    Always `agent_with_overrides`.
    """
    id: str
    """
    ID of the agent.
    """
    version: NotRequired[int | None]
    """
    Version of the agent; null for its latest.
    """
    model: NotRequired[ManagedAgentsBedrockModelParams]
    """
    The model the session runs on instead of the agent's.
    """
    system: NotRequired[str | None]
    """
    System prompt instead of the agent's; null for the agent's.
    """
    tools: NotRequired[Sequence[ManagedAgentsBedrockAgentToolParams] | None]
    """
    Tools instead of the agent's; null for the agent's.
    """
    mcp_servers: NotRequired[Sequence[ManagedAgentsAWSAgentCoreGatewayMCPServerParam] | None]
    """
    MCP servers instead of the agent's; null for the agent's.
    """
    skills: NotRequired[Sequence[ManagedAgentsSandboxSkillParam] | None]
    """
    Skills instead of the agent's; null for the agent's.
    """
