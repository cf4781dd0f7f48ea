# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_struct import ManagedAgentsStruct
from .timestamp import Timestamp


class ManagedAgentsAgentCustomToolUseEvent(APIModel):
    """Agent custom tool use event."""

    type: Literal["agent.custom_tool_use"]
    id: str
    name: str
    input: ManagedAgentsStruct
    processed_at: Timestamp
    session_thread_id: str | None = None
