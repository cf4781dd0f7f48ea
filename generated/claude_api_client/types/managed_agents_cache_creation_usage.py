# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_cache_creation_usage`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_cache_creation_usage import (
    ManagedAgentsCacheCreationUsage as ManagedAgentsCacheCreationUsage,
)

__all__ = [
    "ManagedAgentsCacheCreationUsage",
]
