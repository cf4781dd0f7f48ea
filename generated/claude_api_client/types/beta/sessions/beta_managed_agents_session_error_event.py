# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_session_error_event`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_session_error_event import (
    ManagedAgentsSessionErrorEvent as BetaManagedAgentsSessionErrorEvent,
)
from ..._models.managed_agents_session_error_event_error import (
    ManagedAgentsSessionErrorEventError as Error,
)

__all__ = [
    "BetaManagedAgentsSessionErrorEvent",
    "Error",
]
