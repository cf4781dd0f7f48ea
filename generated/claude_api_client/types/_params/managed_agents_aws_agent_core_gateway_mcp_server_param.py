# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsAWSAgentCoreGatewayMCPServerParam(TypedDict):
    """
    Bedrock: an MCP server reached through an Amazon Bedrock AgentCore gateway.
    """

    gateway_arn: str
    """
    ARN of the AgentCore gateway.
    """
    name: str
    """
    Name the agent's tools use for this server.
    """
    type: Literal["aws_agentcore_gateway"]
    """
    Always `aws_agentcore_gateway`.
    """
