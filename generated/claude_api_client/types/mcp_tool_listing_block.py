# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.mcp_tool_listing_block`: the official path of these types."""

from __future__ import annotations

from ._models.mcp_tool_listing_block import MCPToolListingBlock as MCPToolListingBlock

__all__ = [
    "MCPToolListingBlock",
]
