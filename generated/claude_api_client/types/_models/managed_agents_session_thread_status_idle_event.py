# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .managed_agents_session_budget_reached import ManagedAgentsSessionBudgetReached
from .managed_agents_session_end_turn import ManagedAgentsSessionEndTurn
from .managed_agents_session_requires_action import ManagedAgentsSessionRequiresAction
from .managed_agents_session_retries_exhausted import (
    ManagedAgentsSessionRetriesExhausted,
)
from .timestamp import Timestamp


class ManagedAgentsSessionThreadStatusIdleEvent(APIModel):
    """Session thread status idle event."""

    type: Literal["session.thread_status_idle"]
    """Always `session.thread_status_idle`."""
    id: str
    """ID of the session thread status idle event."""
    session_thread_id: str
    """Thread of the session this event belongs to (absent: the primary thread)."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    agent_name: str
    """Name of the agent."""
    stop_reason: Annotated[
        ManagedAgentsSessionEndTurn
        | ManagedAgentsSessionRequiresAction
        | ManagedAgentsSessionRetriesExhausted
        | ManagedAgentsSessionBudgetReached,
        Field(discriminator="type"),
    ]
    """Why the agent stopped."""
