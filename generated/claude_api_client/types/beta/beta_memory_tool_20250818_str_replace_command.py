# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_memory_tool_20250818_str_replace_command`: the official path of these types."""

from __future__ import annotations

from .._models.memory_tool20250818_str_replace_command import (
    MemoryTool20250818StrReplaceCommand as BetaMemoryTool20250818StrReplaceCommand,
)

__all__ = [
    "BetaMemoryTool20250818StrReplaceCommand",
]
