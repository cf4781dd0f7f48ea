# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_change_tool_definition`: the official path of these types."""

from __future__ import annotations

from ._models.tool_change_tool_definition import (
    ToolChangeToolDefinition as ToolChangeToolDefinition,
)

__all__ = [
    "ToolChangeToolDefinition",
]
