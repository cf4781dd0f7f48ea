# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_aws_agent_core_gateway_mcp_server_param import (
    ManagedAgentsAWSAgentCoreGatewayMCPServerParam,
)
from .managed_agents_bedrock_agent_tool_params import (
    ManagedAgentsBedrockAgentToolParams,
)


class ManagedAgentsBedrockSessionAgentUpdateParam(TypedDict):
    """
    Bedrock: what a session update may change of the agent the session runs.
    """

    tools: NotRequired[Sequence[ManagedAgentsBedrockAgentToolParams] | None]
    """
    The session's tools from now on; null keeps them.
    """
    mcp_servers: NotRequired[Sequence[ManagedAgentsAWSAgentCoreGatewayMCPServerParam] | None]
    """
    The session's MCP servers from now on; null keeps them.
    """
