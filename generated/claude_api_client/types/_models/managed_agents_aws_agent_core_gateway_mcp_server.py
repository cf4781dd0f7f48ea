# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAWSAgentCoreGatewayMCPServer(APIModel):
    """Bedrock: an MCP server reached through an Amazon Bedrock AgentCore gateway."""

    gateway_arn: str
    """ARN of the AgentCore gateway."""
    name: str
    """Name the agent's tools use for this server."""
    type: Literal["aws_agentcore_gateway"]
    """Always `aws_agentcore_gateway`."""
