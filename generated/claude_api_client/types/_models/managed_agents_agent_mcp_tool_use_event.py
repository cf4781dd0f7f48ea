# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_evaluated_permission import (
    ManagedAgentsAgentEvaluatedPermission,
)
from .managed_agents_struct import ManagedAgentsStruct
from .timestamp import Timestamp


class ManagedAgentsAgentMcpToolUseEvent(APIModel):
    """Agent mcp tool use event."""

    type: Literal["agent.mcp_tool_use"]
    id: str
    name: str
    mcp_server_name: str
    input: ManagedAgentsStruct
    processed_at: Timestamp
    evaluated_permission: ManagedAgentsAgentEvaluatedPermission | None = None
    session_thread_id: str | None = None
