# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_change_mcp_tool_reference`: the official path of these types."""

from __future__ import annotations

from .._models.tool_change_mcp_tool_reference import (
    ToolChangeMCPToolReference as BetaToolChangeMCPToolReference,
)

__all__ = [
    "BetaToolChangeMCPToolReference",
]
