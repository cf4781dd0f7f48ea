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
    id: str
    processed_at: Timestamp
    title: str | None = None
    metadata: dict[str, str] | None = None
    agent: ManagedAgentsSessionAgent | None = None
    budget: ManagedAgentsBudget | None = None
