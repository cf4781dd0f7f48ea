# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .tool_change_mcp_tool_reference_param import ToolChangeMCPToolReferenceParam
from .tool_change_mcp_toolset_reference_param import ToolChangeMCPToolsetReferenceParam
from .tool_change_tool_definition_param import ToolChangeToolDefinitionParam
from .tool_change_tool_reference_param import ToolChangeToolReferenceParam

ToolAdditionToolParam: TypeAlias = (
    ToolChangeToolReferenceParam
    | ToolChangeMCPToolReferenceParam
    | ToolChangeMCPToolsetReferenceParam
    | ToolChangeToolDefinitionParam
)
"""
The tool an addition makes available, by reference or (with `inline-tools-2026-09-15`) by value.
"""
