# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_session_roster_entry import ManagedAgentsSessionRosterEntry
from .managed_agents_session_thread_stats import ManagedAgentsSessionThreadStats
from .managed_agents_session_thread_status import ManagedAgentsSessionThreadStatus
from .managed_agents_session_thread_usage import ManagedAgentsSessionThreadUsage
from .timestamp import Timestamp


class ManagedAgentsSessionThread(APIModel):
    """One agent's line of work inside a session (the coordinator's, or a sub-agent's)."""

    type: Literal["session_thread"]
    id: str
    session_id: str
    status: ManagedAgentsSessionThreadStatus
    agent: ManagedAgentsSessionRosterEntry
    parent_thread_id: str | None
    created_at: Timestamp
    updated_at: Timestamp
    archived_at: Timestamp | None
    usage: ManagedAgentsSessionThreadUsage | None
    stats: ManagedAgentsSessionThreadStats | None
