# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_managed_memory_store_backend_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_managed_memory_store_backend_param import (
    ManagedAgentsManagedMemoryStoreBackendParam as ManagedAgentsManagedMemoryStoreBackendParam,
)

__all__ = [
    "ManagedAgentsManagedMemoryStoreBackendParam",
]
