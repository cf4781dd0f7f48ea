# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_bedrock_session_thread_agent import (
    ManagedAgentsBedrockSessionThreadAgent,
)
from .managed_agents_session_thread_stats import ManagedAgentsSessionThreadStats
from .managed_agents_session_thread_status import ManagedAgentsSessionThreadStatus
from .managed_agents_session_thread_usage import ManagedAgentsSessionThreadUsage
from .timestamp import Timestamp


class ManagedAgentsBedrockSessionThread(APIModel):
    """Bedrock: one agent's line of work inside a session (the coordinator's, or a sub-agent's)."""

    id: str
    """ID of the session thread."""
    agent: ManagedAgentsBedrockSessionThreadAgent
    """The agent the session thread runs, as resolved when the thread was created."""
    archived_at: Timestamp | None = None
    """When the session thread was archived (RFC 3339); null while it is not."""
    created_at: Timestamp
    """When the session thread was created (RFC 3339)."""
    parent_thread_id: str | None = None
    """Thread that started this one."""
    session_id: str
    """ID of the session."""
    stats: ManagedAgentsSessionThreadStats | None = None
    """Counters."""
    status: ManagedAgentsSessionThreadStatus
    """Current status."""
    type: Literal["session_thread"]
    """Always `session_thread`."""
    updated_at: Timestamp
    """When the session thread last changed (RFC 3339)."""
    usage: ManagedAgentsSessionThreadUsage | None = None
    """Token usage."""
