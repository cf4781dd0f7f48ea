# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_system_content_block import ManagedAgentsSystemContentBlock
from .timestamp import Timestamp


class ManagedAgentsSystemMessageEvent(APIModel):
    """System message event."""

    type: Literal["system.message"]
    """Always `system.message`."""
    id: str
    """ID of the system message event."""
    content: list[ManagedAgentsSystemContentBlock]
    """Content of the system message event, as content blocks."""
    processed_at: Timestamp | None = None
    """When the API recorded the event (RFC 3339)."""
