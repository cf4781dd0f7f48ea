# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsAgentThinkingEvent(APIModel):
    """Agent thinking event."""

    type: Literal["agent.thinking"]
    """Always `agent.thinking`."""
    id: str
    """ID of the agent thinking event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
