# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .managed_agents_user_content_block import ManagedAgentsUserContentBlock
from .timestamp import Timestamp


class ManagedAgentsBedrockUserMessageEvent(APIModel):
    """Bedrock: a message the user sent to the session."""

    id: str
    """ID of the user message event."""
    content: list[ManagedAgentsUserContentBlock]
    """Content of the user message event, as content blocks."""
    sent_by: ManagedAgentsCallerIdentity | None = None
    """Who sent the event (a person or an IAM role); null when no sender was recorded."""
    type: Literal["user.message"]
    """Always `user.message`."""
    processed_at: Timestamp | None = None
    """When the API recorded the event (RFC 3339)."""
