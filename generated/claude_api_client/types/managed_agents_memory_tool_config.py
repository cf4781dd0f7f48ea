# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_memory_tool_config`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_memory_tool_config import (
    ManagedAgentsMemoryToolConfig as ManagedAgentsMemoryToolConfig,
)

__all__ = [
    "ManagedAgentsMemoryToolConfig",
]
