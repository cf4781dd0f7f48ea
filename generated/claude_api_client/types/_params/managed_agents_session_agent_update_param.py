# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_agent_tool_params import ManagedAgentsAgentToolParams
from .managed_agents_mcp_server_params import ManagedAgentsMCPServerParams


class ManagedAgentsSessionAgentUpdateParam(TypedDict):
    """
    Session agent update.
    """

    tools: NotRequired[Sequence[ManagedAgentsAgentToolParams]]
    """
    Tools the session agent offers the model.
    """
    mcp_servers: NotRequired[Sequence[ManagedAgentsMCPServerParams]]
    """
    MCP servers the session agent can reach.
    """
