# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.mcp_tool`: the official path of these types."""

from __future__ import annotations

from ._models.mcp_tool import MCPTool as MCPTool

__all__ = [
    "MCPTool",
]
