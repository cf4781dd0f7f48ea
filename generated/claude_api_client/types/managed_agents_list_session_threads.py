# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_list_session_threads`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_list_session_threads import (
    ManagedAgentsListSessionThreads as ManagedAgentsListSessionThreads,
)

__all__ = [
    "ManagedAgentsListSessionThreads",
]
