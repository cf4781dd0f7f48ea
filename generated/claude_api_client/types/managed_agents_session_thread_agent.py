# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_session_thread_agent`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_session_thread_agent import (
    ManagedAgentsSessionThreadAgent as ManagedAgentsSessionThreadAgent,
)

__all__ = [
    "ManagedAgentsSessionThreadAgent",
]
