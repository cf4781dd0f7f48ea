# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.beta_managed_agents_bedrock_session_error_event`: the official path of these types."""

from __future__ import annotations

from ...._models.managed_agents_bedrock_session_error_event import (
    ManagedAgentsBedrockSessionErrorEvent as BetaManagedAgentsBedrockSessionErrorEvent,
)
from ...._models.managed_agents_bedrock_session_error_event_error import (
    ManagedAgentsBedrockSessionErrorEventError as Error,
)

__all__ = [
    "BetaManagedAgentsBedrockSessionErrorEvent",
    "Error",
]
