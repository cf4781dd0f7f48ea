# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_memory_version_operation`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_memory_version_operation import (
    ManagedAgentsMemoryVersionOperation as ManagedAgentsMemoryVersionOperation,
)

__all__ = [
    "ManagedAgentsMemoryVersionOperation",
]
