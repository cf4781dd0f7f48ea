# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_user_content_block import ManagedAgentsUserContentBlock
from .timestamp import Timestamp


class ManagedAgentsUserMessageEvent(APIModel):
    """A message the user sent to the session."""

    type: Literal["user.message"]
    """Always `user.message`."""
    id: str
    """ID of the user message event."""
    content: list[ManagedAgentsUserContentBlock]
    """Content of the user message event, as content blocks."""
    processed_at: Timestamp | None = None
    """When the API recorded the event (RFC 3339)."""
