# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_memory_tool_name`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_memory_tool_name import (
    ManagedAgentsMemoryToolName as ManagedAgentsMemoryToolName,
)

__all__ = [
    "ManagedAgentsMemoryToolName",
]
