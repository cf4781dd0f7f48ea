# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_bedrock_session_agent import ManagedAgentsBedrockSessionAgent
from .managed_agents_budget import ManagedAgentsBudget
from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .timestamp import Timestamp


class ManagedAgentsBedrockSessionUpdatedEvent(APIModel):
    """Bedrock: session updated event."""

    id: str
    """ID of the session updated event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    sent_by: ManagedAgentsCallerIdentity | None = None
    """Who sent the event (a person or an IAM role); null when no sender was recorded."""
    type: Literal["session.updated"]
    """Always `session.updated`."""
    agent: ManagedAgentsBedrockSessionAgent | None = None
    """The agent the session runs: its ID, or an ID with a pinned version."""
    budget: ManagedAgentsBudget | None = None
    """Spending limits of the session."""
    metadata: dict[str, str] | None = None
    """Your own key-value labels on the session."""
    title: str | None = None
    """Title of the session; null when none."""
