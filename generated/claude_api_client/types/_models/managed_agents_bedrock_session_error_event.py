# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_bedrock_session_error_event_error import (
    ManagedAgentsBedrockSessionErrorEventError,
)
from .timestamp import Timestamp


class ManagedAgentsBedrockSessionErrorEvent(APIModel):
    """Bedrock: session error event."""

    id: str
    """ID of the session error event."""
    error: ManagedAgentsBedrockSessionErrorEventError
    """What went wrong."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    type: Literal["session.error"]
    """Always `session.error`."""
