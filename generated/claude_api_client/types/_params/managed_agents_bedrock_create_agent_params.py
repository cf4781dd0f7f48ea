# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_aws_agent_core_gateway_mcp_server_param import (
    ManagedAgentsAWSAgentCoreGatewayMCPServerParam,
)
from .managed_agents_aws_role_execution_identity_params import (
    ManagedAgentsAWSRoleExecutionIdentityParams,
)
from .managed_agents_bedrock_agent_tool_params import (
    ManagedAgentsBedrockAgentToolParams,
)
from .managed_agents_bedrock_model_params import ManagedAgentsBedrockModelParams
from .managed_agents_bedrock_multiagent_coordinator_params import (
    ManagedAgentsBedrockMultiagentCoordinatorParams,
)
from .managed_agents_sandbox_skill_param import ManagedAgentsSandboxSkillParam


class ManagedAgentsBedrockCreateAgentParams(TypedDict):
    """
    Bedrock: request body that creates an agent.
    """

    execution_identity: ManagedAgentsAWSRoleExecutionIdentityParams
    """
    The IAM role in your account a session of this agent takes when its create-session request names none (an `aws_role` object with its `role_arn`); set once (a different role needs a new agent), and only a caller signed in as an IAM role can send one.
    """
    name: str
    """
    Name of the agent.
    """
    model: ManagedAgentsBedrockModelParams
    """
    The model the agent runs on.
    """
    description: NotRequired[str | None]
    """
    What the agent is for, in your own words; null when not given.
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
    metadata: NotRequired[Mapping[str, str]]
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
