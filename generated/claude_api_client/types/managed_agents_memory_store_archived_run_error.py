# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_memory_store_archived_run_error`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_memory_store_archived_run_error import (
    ManagedAgentsMemoryStoreArchivedRunError as ManagedAgentsMemoryStoreArchivedRunError,
)

__all__ = [
    "ManagedAgentsMemoryStoreArchivedRunError",
]
