# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_mcp_toolset`: the official path of these types."""

from __future__ import annotations

from .._models.mcp_toolset import MCPToolset as BetaMCPToolset

__all__ = [
    "BetaMCPToolset",
]
