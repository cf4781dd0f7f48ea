# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_budget import ManagedAgentsBudget
from .managed_agents_session_usage_snapshot import ManagedAgentsSessionUsageSnapshot
from .timestamp import Timestamp


class ManagedAgentsSessionUsageEvent(APIModel):
    """Session usage event."""

    type: Literal["session.usage"]
    """Always `session.usage`."""
    id: str
    """ID of the session usage event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    usage: ManagedAgentsSessionUsageSnapshot
    """Token usage."""
    budget: ManagedAgentsBudget | None = None
    """Spending limits of the session."""
