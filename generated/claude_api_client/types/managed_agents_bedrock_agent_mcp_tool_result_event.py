# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_bedrock_agent_mcp_tool_result_event`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_bedrock_agent_mcp_tool_result_event import (
    ManagedAgentsBedrockAgentMCPToolResultEvent as ManagedAgentsBedrockAgentMCPToolResultEvent,
)

__all__ = [
    "ManagedAgentsBedrockAgentMCPToolResultEvent",
]
