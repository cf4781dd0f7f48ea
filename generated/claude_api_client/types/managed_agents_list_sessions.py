# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_list_sessions`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_list_sessions import (
    ManagedAgentsListSessions as ManagedAgentsListSessions,
)

__all__ = [
    "ManagedAgentsListSessions",
]
