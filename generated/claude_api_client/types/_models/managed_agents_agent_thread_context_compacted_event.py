# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsAgentThreadContextCompactedEvent(APIModel):
    """Agent thread context compacted event."""

    type: Literal["agent.thread_context_compacted"]
    """Always `agent.thread_context_compacted`."""
    id: str
    """ID of the agent thread context compacted event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
