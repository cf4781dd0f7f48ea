# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_system_content_block import ManagedAgentsSystemContentBlock
from .timestamp import Timestamp


class ManagedAgentsSystemMessageEvent(APIModel):
    """System message event."""

    type: Literal["system.message"]
    id: str
    content: list[ManagedAgentsSystemContentBlock]
    processed_at: Timestamp | None = None
