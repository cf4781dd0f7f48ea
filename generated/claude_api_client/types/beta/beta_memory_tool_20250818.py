# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_memory_tool_20250818`: the official path of these types."""

from __future__ import annotations

from .._models.memory_tool20250818 import MemoryTool20250818 as BetaMemoryTool20250818

__all__ = [
    "BetaMemoryTool20250818",
]
