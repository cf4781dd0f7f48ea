# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_tool_result_content_block import (
    ManagedAgentsToolResultContentBlock,
)
from .timestamp import Timestamp


class ManagedAgentsUserCustomToolResultEvent(APIModel):
    """User custom tool result event."""

    type: Literal["user.custom_tool_result"]
    id: str
    custom_tool_use_id: str
    content: list[ManagedAgentsToolResultContentBlock] | None = None
    is_error: bool | None = None
    processed_at: Timestamp | None = None
    session_thread_id: str | None = None
