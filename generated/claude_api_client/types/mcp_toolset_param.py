# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.mcp_toolset_param`: the official path of these types."""

from __future__ import annotations

from ._params.mcp_toolset_param import MCPToolsetParam as MCPToolsetParam

__all__ = [
    "MCPToolsetParam",
]
