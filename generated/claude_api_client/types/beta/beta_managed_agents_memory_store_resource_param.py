# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_memory_store_resource_param`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_memory_store_resource_param import (
    ManagedAgentsMemoryStoreResourceParam as BetaManagedAgentsMemoryStoreResourceParam,
)

__all__ = [
    "BetaManagedAgentsMemoryStoreResourceParam",
]
