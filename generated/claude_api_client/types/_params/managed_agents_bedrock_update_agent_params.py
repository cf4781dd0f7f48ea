# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_aws_agent_core_gateway_mcp_server_param import (
    ManagedAgentsAWSAgentCoreGatewayMCPServerParam,
)
from .managed_agents_bedrock_agent_tool_params import (
    ManagedAgentsBedrockAgentToolParams,
)
from .managed_agents_bedrock_model_params import ManagedAgentsBedrockModelParams
from .managed_agents_bedrock_multiagent_coordinator_params import (
    ManagedAgentsBedrockMultiagentCoordinatorParams,
)
from .managed_agents_sandbox_skill_param import ManagedAgentsSandboxSkillParam


class ManagedAgentsBedrockUpdateAgentParams(TypedDict):
    """
    Bedrock: request body that changes an agent (a new version); `version` guards against concurrent edits.
    """

    version: NotRequired[int]
    """
    Version of the agent.
    """
    name: NotRequired[str]
    """
    Name of the agent.
    """
    description: NotRequired[str | None]
    """
    What the agent is for, in your own words; null when not given.
    """
    model: NotRequired[ManagedAgentsBedrockModelParams]
    """
    The model the agent runs on from this version.
    """
    system: NotRequired[str | None]
    """
    System prompt of the agent; null when none.
    """
    tools: NotRequired[Sequence[ManagedAgentsBedrockAgentToolParams] | None]
    """
    Tools the agent offers the model (at most 128; null is no tools). Web fetch and web search are not served on Bedrock.
    """
    mcp_servers: NotRequired[Sequence[ManagedAgentsAWSAgentCoreGatewayMCPServerParam] | None]
    """
    AgentCore gateways the agent can reach (at most 20, names unique, each used by an `mcp_toolset` of `tools`).
    """
    skills: NotRequired[Sequence[ManagedAgentsSandboxSkillParam] | None]
    """
    Skills the agent can load, from the sandbox or an S3 prefix.
    """
    metadata: NotRequired[Mapping[str, str | None] | None]
    """
    Your own key-value labels on the agent.
    """
    multiagent: NotRequired[ManagedAgentsBedrockMultiagentCoordinatorParams | None]
    """
    How the agent hands work to other agents, or null.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
