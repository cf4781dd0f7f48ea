# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_struct import ManagedAgentsStruct
from .timestamp import Timestamp


class ManagedAgentsAgentCustomToolUseEvent(APIModel):
    """Agent custom tool use event."""

    type: Literal["agent.custom_tool_use"]
    """Always `agent.custom_tool_use`."""
    id: str
    """ID of the agent custom tool use event."""
    name: str
    """Name of the custom tool the agent calls."""
    input: ManagedAgentsStruct
    """Tool input."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    session_thread_id: str | None = None
    """Thread of the session this event belongs to (absent: the primary thread)."""
