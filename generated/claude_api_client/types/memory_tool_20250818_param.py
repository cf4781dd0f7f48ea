# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.memory_tool_20250818_param`: the official path of these types."""

from __future__ import annotations

from ._params.memory_tool20250818_param import MemoryTool20250818Param as MemoryTool20250818Param

__all__ = [
    "MemoryTool20250818Param",
]
