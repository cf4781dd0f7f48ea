# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .timestamp import Timestamp


class ManagedAgentsBedrockUserInterruptEvent(APIModel):
    """Bedrock: user interrupt event."""

    id: str
    """ID of the user interrupt event."""
    sent_by: ManagedAgentsCallerIdentity | None = None
    """Who sent the event (a person or an IAM role); null when no sender was recorded."""
    type: Literal["user.interrupt"]
    """Always `user.interrupt`."""
    processed_at: Timestamp | None = None
    """When the API recorded the event (RFC 3339)."""
    session_thread_id: str | None = None
    """Thread of the session this event belongs to (absent: the primary thread)."""
