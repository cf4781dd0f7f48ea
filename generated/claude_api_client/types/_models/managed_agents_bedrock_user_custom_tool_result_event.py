# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .managed_agents_tool_result_content_block import (
    ManagedAgentsToolResultContentBlock,
)
from .timestamp import Timestamp


class ManagedAgentsBedrockUserCustomToolResultEvent(APIModel):
    """Bedrock: user custom tool result event."""

    id: str
    """ID of the user custom tool result event."""
    custom_tool_use_id: str
    """ID of the custom tool use this answers."""
    sent_by: ManagedAgentsCallerIdentity | None = None
    """Who sent the event (a person or an IAM role); null when no sender was recorded."""
    type: Literal["user.custom_tool_result"]
    """Always `user.custom_tool_result`."""
    content: list[ManagedAgentsToolResultContentBlock] | None = None
    """Content of the user custom tool result event, as content blocks."""
    is_error: bool | None = None
    """Whether the result is an error."""
    processed_at: Timestamp | None = None
    """When the API recorded the event (RFC 3339)."""
    session_thread_id: str | None = None
    """Thread of the session this event belongs to (absent: the primary thread)."""
