# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_mcp_tool_default_config`: the official path of these types."""

from __future__ import annotations

from .._models.mcp_tool_default_config import MCPToolDefaultConfig as BetaMCPToolDefaultConfig

__all__ = [
    "BetaMCPToolDefaultConfig",
]
