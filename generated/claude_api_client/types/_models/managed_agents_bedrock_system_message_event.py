# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .managed_agents_system_content_block import ManagedAgentsSystemContentBlock
from .timestamp import Timestamp


class ManagedAgentsBedrockSystemMessageEvent(APIModel):
    """Bedrock: system message event."""

    id: str
    """ID of the system message event."""
    content: list[ManagedAgentsSystemContentBlock]
    """Content of the system message event, as content blocks."""
    sent_by: ManagedAgentsCallerIdentity | None = None
    """Who sent the event (a person or an IAM role); null when no sender was recorded."""
    type: Literal["system.message"]
    """Always `system.message`."""
    processed_at: Timestamp | None = None
    """When the API recorded the event (RFC 3339)."""
