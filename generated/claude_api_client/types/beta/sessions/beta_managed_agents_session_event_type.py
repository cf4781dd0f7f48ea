# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_session_event_type`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_session_event_type_param import (
    ManagedAgentsSessionEventTypeParam as BetaManagedAgentsSessionEventType,
)

__all__ = [
    "BetaManagedAgentsSessionEventType",
]
