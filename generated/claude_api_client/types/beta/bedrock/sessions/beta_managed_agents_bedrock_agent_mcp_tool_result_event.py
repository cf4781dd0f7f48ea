# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.beta_managed_agents_bedrock_agent_mcp_tool_result_event`: the official path of these types."""

from __future__ import annotations

from ...._models.managed_agents_bedrock_agent_mcp_tool_result_event import (
    ManagedAgentsBedrockAgentMCPToolResultEvent as BetaManagedAgentsBedrockAgentMCPToolResultEvent,
)
from ...._models.managed_agents_tool_result_content_block import (
    ManagedAgentsToolResultContentBlock as Content,
)

__all__ = [
    "BetaManagedAgentsBedrockAgentMCPToolResultEvent",
    "Content",
]
