# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_change_mcp_toolset_reference_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_change_mcp_toolset_reference_param import (
    ToolChangeMCPToolsetReferenceParam as ToolChangeMCPToolsetReferenceParam,
)

__all__ = [
    "ToolChangeMCPToolsetReferenceParam",
]
