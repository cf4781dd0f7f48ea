# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_memory_view_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_memory_view_param import (
    ManagedAgentsMemoryViewParam as ManagedAgentsMemoryViewParam,
)

__all__ = [
    "ManagedAgentsMemoryViewParam",
]
