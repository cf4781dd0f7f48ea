# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .managed_agents_user_tool_confirmation_result import (
    ManagedAgentsUserToolConfirmationResult,
)
from .timestamp import Timestamp


class ManagedAgentsUserToolConfirmationEvent(APIModel):
    """User tool confirmation event."""

    type: Literal["user.tool_confirmation"]
    id: str
    tool_use_id: str
    result: ManagedAgentsUserToolConfirmationResult
    deny_message: Annotated[str | None, Field(max_length=10000)] = None
    processed_at: Timestamp | None = None
    session_thread_id: str | None = None
