# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_memory_store_resource_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_memory_store_resource_param import (
    ManagedAgentsMemoryStoreResourceParam as ManagedAgentsMemoryStoreResourceParam,
)

__all__ = [
    "ManagedAgentsMemoryStoreResourceParam",
]
