# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_deleted_memory_store`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_deleted_memory_store import (
    ManagedAgentsDeletedMemoryStore as ManagedAgentsDeletedMemoryStore,
)

__all__ = [
    "ManagedAgentsDeletedMemoryStore",
]
