# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .cache_control_ephemeral import CacheControlEphemeral
from .mcp_tool import MCPTool
from .mcp_tool_config import MCPToolConfig
from .mcp_tool_default_config import MCPToolDefaultConfig


class MCPToolset(APIModel):
    """Exposes the tools of one MCP server from `mcp_servers`, with optional per-tool settings."""

    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    configs: dict[str, MCPToolConfig] | None = None
    """Overrides for individual tools, keyed by tool name."""
    default_config: MCPToolDefaultConfig | None = None
    """Settings applied to every tool of the server."""
    mcp_server_name: str
    """Name of the MCP server whose tools this configures."""
    type: Literal["mcp_toolset"]
    """Always `mcp_toolset`."""
    tools: list[MCPTool] | None = None
    """The server's tool listing, pinned (copied from an earlier `mcp_tool_listing` block); the server is then not asked for it."""
