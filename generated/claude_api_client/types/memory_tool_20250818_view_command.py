# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.memory_tool_20250818_view_command`: the official path of these types."""

from __future__ import annotations

from ._models.memory_tool20250818_view_command import (
    MemoryTool20250818ViewCommand as MemoryTool20250818ViewCommand,
)

__all__ = [
    "MemoryTool20250818ViewCommand",
]
