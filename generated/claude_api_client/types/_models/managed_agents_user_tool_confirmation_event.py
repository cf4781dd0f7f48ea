# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_user_tool_confirmation_result import (
    ManagedAgentsUserToolConfirmationResult,
)
from .timestamp import Timestamp


class ManagedAgentsUserToolConfirmationEvent(APIModel):
    """User tool confirmation event."""

    type: Literal["user.tool_confirmation"]
    """Always `user.tool_confirmation`."""
    id: str
    """ID of the user tool confirmation event."""
    tool_use_id: str
    """ID of the tool use this answers."""
    result: ManagedAgentsUserToolConfirmationResult
    """The outcome."""
    deny_message: str | None = None
    """Message returned to the agent when the call is denied."""
    processed_at: Timestamp | None = None
    """When the API recorded the event (RFC 3339)."""
    session_thread_id: str | None = None
    """Thread of the session this event belongs to (absent: the primary thread)."""
