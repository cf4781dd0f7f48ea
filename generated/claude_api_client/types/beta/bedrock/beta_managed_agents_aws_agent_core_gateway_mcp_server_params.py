# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_aws_agent_core_gateway_mcp_server_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_aws_agent_core_gateway_mcp_server_param import (
    ManagedAgentsAWSAgentCoreGatewayMCPServerParam as BetaManagedAgentsAWSAgentCoreGatewayMCPServerParams,
)

__all__ = [
    "BetaManagedAgentsAWSAgentCoreGatewayMCPServerParams",
]
