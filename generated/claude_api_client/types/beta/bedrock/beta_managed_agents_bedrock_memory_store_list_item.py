# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_bedrock_memory_store_list_item`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_bedrock_memory_store_list_item import (
    ManagedAgentsBedrockMemoryStoreListItem as BetaManagedAgentsBedrockMemoryStoreListItem,
)

__all__ = [
    "BetaManagedAgentsBedrockMemoryStoreListItem",
]
