# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_change_tool_definition_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_change_tool_definition_param import (
    ToolChangeToolDefinitionParam as ToolChangeToolDefinitionParam,
)

__all__ = [
    "ToolChangeToolDefinitionParam",
]
