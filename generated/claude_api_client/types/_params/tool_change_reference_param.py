# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .tool_change_mcp_tool_reference_param import ToolChangeMCPToolReferenceParam
from .tool_change_mcp_toolset_reference_param import ToolChangeMCPToolsetReferenceParam
from .tool_change_tool_reference_param import ToolChangeToolReferenceParam

ToolChangeReferenceParam: TypeAlias = (
    ToolChangeToolReferenceParam
    | ToolChangeMCPToolReferenceParam
    | ToolChangeMCPToolsetReferenceParam
)
"""
Which tool, MCP tool or MCP toolset a tool change refers to.
"""
