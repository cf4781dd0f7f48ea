# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_memory_toolset_20261030_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_memory_toolset20261030_params import (
    ManagedAgentsMemoryToolset20261030Params as ManagedAgentsMemoryToolset20261030Params,
)

__all__ = [
    "ManagedAgentsMemoryToolset20261030Params",
]
