# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_stream_session_thread_events`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_stream_session_thread_events import (
    ManagedAgentsStreamSessionThreadEvents as BetaManagedAgentsStreamSessionThreadEvents,
)

__all__ = [
    "BetaManagedAgentsStreamSessionThreadEvents",
]
