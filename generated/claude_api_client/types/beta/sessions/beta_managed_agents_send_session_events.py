# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_send_session_events`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_input_event import ManagedAgentsInputEvent as Data
from ..._models.managed_agents_send_session_events import (
    ManagedAgentsSendSessionEvents as BetaManagedAgentsSendSessionEvents,
)

__all__ = [
    "BetaManagedAgentsSendSessionEvents",
    "Data",
]
