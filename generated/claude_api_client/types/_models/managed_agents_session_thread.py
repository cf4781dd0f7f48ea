# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_session_thread_resolved_agent import (
    ManagedAgentsSessionThreadResolvedAgent,
)
from .managed_agents_session_thread_stats import ManagedAgentsSessionThreadStats
from .managed_agents_session_thread_status import ManagedAgentsSessionThreadStatus
from .managed_agents_session_thread_usage import ManagedAgentsSessionThreadUsage
from .timestamp import Timestamp


class ManagedAgentsSessionThread(APIModel):
    """One agent's line of work inside a session (the coordinator's, or a sub-agent's)."""

    type: Literal["session_thread"]
    """Always `session_thread`."""
    id: str
    """ID of the session thread."""
    session_id: str
    """ID of the session."""
    status: ManagedAgentsSessionThreadStatus
    """Current status."""
    agent: ManagedAgentsSessionThreadResolvedAgent
    """The agent the session thread runs, as resolved when the thread was created."""
    parent_thread_id: str | None = None
    """Thread that started this one."""
    created_at: Timestamp
    """When the session thread was created (RFC 3339)."""
    updated_at: Timestamp
    """When the session thread last changed (RFC 3339)."""
    archived_at: Timestamp | None = None
    """When the session thread was archived (RFC 3339); null while it is not."""
    usage: ManagedAgentsSessionThreadUsage | None = None
    """Token usage."""
    stats: ManagedAgentsSessionThreadStats | None = None
    """Counters."""
    workflow_run_id: str | None = None
    """The workflow run that created the thread; null (or absent) for any other thread."""
