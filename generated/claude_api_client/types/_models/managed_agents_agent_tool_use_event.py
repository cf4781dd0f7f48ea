# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_evaluated_permission import (
    ManagedAgentsAgentEvaluatedPermission,
)
from .managed_agents_agent_tool_evaluation import ManagedAgentsAgentToolEvaluation
from .managed_agents_struct import ManagedAgentsStruct
from .timestamp import Timestamp


class ManagedAgentsAgentToolUseEvent(APIModel):
    """Agent tool use event."""

    type: Literal["agent.tool_use"]
    """Always `agent.tool_use`."""
    id: str
    """ID of the agent tool use event."""
    name: str
    """Name of the built-in tool the agent calls."""
    input: ManagedAgentsStruct
    """Tool input."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    evaluated_permission: ManagedAgentsAgentEvaluatedPermission | None = None
    """What the permission policy decided for this call."""
    evaluation: ManagedAgentsAgentToolEvaluation | None = None
    """Which permission policy decided the call (under `auto`, with the server's judgement); absent when the server refused the call before any policy applied, such as a tool the session does not enable."""
    session_thread_id: str | None = None
    """Thread of the session this event belongs to (absent: the primary thread)."""
