# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_mcp_tool_config import ManagedAgentsMCPToolConfig
from .managed_agents_mcp_toolset_default_config import (
    ManagedAgentsMCPToolsetDefaultConfig,
)


class ManagedAgentsMCPToolset(APIModel):
    """Mcptoolset."""

    type: Literal["mcp_toolset"]
    """Always `mcp_toolset`."""
    mcp_server_name: str
    """Name of the MCP server, as the agent declares it."""
    default_config: ManagedAgentsMCPToolsetDefaultConfig
    """Settings applied to every tool of the set unless overridden."""
    configs: list[ManagedAgentsMCPToolConfig]
    """Per-tool overrides of the default settings."""
