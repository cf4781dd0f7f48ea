# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.memory_stores.beta_managed_agents_memory`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_memory import ManagedAgentsMemory as BetaManagedAgentsMemory

__all__ = [
    "BetaManagedAgentsMemory",
]
