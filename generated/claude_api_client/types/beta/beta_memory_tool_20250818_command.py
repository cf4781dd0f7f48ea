# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_memory_tool_20250818_command`: the official path of these types."""

from __future__ import annotations

from .._models.memory_tool20250818_command import (
    MemoryTool20250818Command as BetaMemoryTool20250818Command,
)

__all__ = [
    "BetaMemoryTool20250818Command",
]
