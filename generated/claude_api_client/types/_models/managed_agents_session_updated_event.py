# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_budget import ManagedAgentsBudget
from .managed_agents_session_agent import ManagedAgentsSessionAgent
from .timestamp import Timestamp


class ManagedAgentsSessionUpdatedEvent(APIModel):
    """Session updated event."""

    type: Literal["session.updated"]
    """Always `session.updated`."""
    id: str
    """ID of the session updated event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    title: str | None = None
    """Title of the session; null when none."""
    metadata: dict[str, str] | None = None
    """Your own key-value labels on the session."""
    agent: ManagedAgentsSessionAgent | None = None
    """The agent the session runs: its ID, or an ID with a pinned version."""
    budget: ManagedAgentsBudget | None = None
    """Spending limits of the session."""
