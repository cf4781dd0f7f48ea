# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_agent_tool_params import ManagedAgentsAgentToolParams
from .managed_agents_mcp_server_params import ManagedAgentsMCPServerParams


class ManagedAgentsSessionAgentUpdate(TypedDict):
    """
    Session agent update.
    """

    tools: NotRequired[list[ManagedAgentsAgentToolParams]]
    """
    Tools available.
    """
    mcp_servers: NotRequired[list[ManagedAgentsMCPServerParams]]
    """
    MCP servers reachable.
    """
