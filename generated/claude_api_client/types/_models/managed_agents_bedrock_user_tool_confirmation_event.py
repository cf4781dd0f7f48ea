# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .managed_agents_user_tool_confirmation_result import (
    ManagedAgentsUserToolConfirmationResult,
)
from .timestamp import Timestamp


class ManagedAgentsBedrockUserToolConfirmationEvent(APIModel):
    """Bedrock: user tool confirmation event."""

    id: str
    """ID of the user tool confirmation event."""
    result: ManagedAgentsUserToolConfirmationResult
    """The outcome."""
    sent_by: ManagedAgentsCallerIdentity | None = None
    """Who sent the event (a person or an IAM role); null when no sender was recorded."""
    tool_use_id: str
    """ID of the tool use this answers."""
    type: Literal["user.tool_confirmation"]
    """Always `user.tool_confirmation`."""
    deny_message: str | None = None
    """Message returned to the agent when the call is denied."""
    processed_at: Timestamp | None = None
    """When the API recorded the event (RFC 3339)."""
    session_thread_id: str | None = None
    """Thread of the session this event belongs to (absent: the primary thread)."""
