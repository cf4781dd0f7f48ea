# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_session_thread`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_session_thread import (
    ManagedAgentsSessionThread as BetaManagedAgentsSessionThread,
)
from ..._models.managed_agents_session_thread_resolved_agent import (
    ManagedAgentsSessionThreadResolvedAgent as Agent,
)

__all__ = [
    "Agent",
    "BetaManagedAgentsSessionThread",
]
