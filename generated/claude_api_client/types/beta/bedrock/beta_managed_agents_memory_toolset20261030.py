# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_memory_toolset20261030`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_memory_toolset20261030 import (
    ManagedAgentsMemoryToolset20261030 as BetaManagedAgentsMemoryToolset20261030,
)

__all__ = [
    "BetaManagedAgentsMemoryToolset20261030",
]
