# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_memory_tool_name_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_memory_tool_name_param import (
    ManagedAgentsMemoryToolNameParam as ManagedAgentsMemoryToolNameParam,
)

__all__ = [
    "ManagedAgentsMemoryToolNameParam",
]
