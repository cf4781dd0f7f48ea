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


class ManagedAgentsSessionStatusIdleEvent(APIModel):
    """The session stopped working and waits; `stop_reason` says why."""

    type: Literal["session.status_idle"]
    """Always `session.status_idle`."""
    id: str
    """ID of the session status idle event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    stop_reason: Annotated[
        ManagedAgentsSessionEndTurn
        | ManagedAgentsSessionRequiresAction
        | ManagedAgentsSessionRetriesExhausted
        | ManagedAgentsSessionBudgetReached,
        Field(discriminator="type"),
    ]
    """Why the agent stopped."""
