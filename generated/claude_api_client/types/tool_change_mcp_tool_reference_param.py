# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_change_mcp_tool_reference_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_change_mcp_tool_reference_param import (
    ToolChangeMCPToolReferenceParam as ToolChangeMCPToolReferenceParam,
)

__all__ = [
    "ToolChangeMCPToolReferenceParam",
]
