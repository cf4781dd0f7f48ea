# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_managed_memory_store_backend`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_managed_memory_store_backend import (
    ManagedAgentsManagedMemoryStoreBackend as BetaManagedAgentsManagedMemoryStoreBackend,
)

__all__ = [
    "BetaManagedAgentsManagedMemoryStoreBackend",
]
