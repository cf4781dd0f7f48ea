# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_bedrock_memory_store_resource_access`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_bedrock_memory_store_resource_access import (
    ManagedAgentsBedrockMemoryStoreResourceAccess as ManagedAgentsBedrockMemoryStoreResourceAccess,
)

__all__ = [
    "ManagedAgentsBedrockMemoryStoreResourceAccess",
]
