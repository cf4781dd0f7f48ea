# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.memory_stores.beta_managed_agents_memory_list_item`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_memory_list_item import (
    ManagedAgentsMemoryListItem as BetaManagedAgentsMemoryListItem,
)

__all__ = [
    "BetaManagedAgentsMemoryListItem",
]
