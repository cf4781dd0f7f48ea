# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.beta_managed_agents_bedrock_session_event_type`: the official path of these types."""

from __future__ import annotations

from ...._params.managed_agents_bedrock_session_event_type_param import (
    ManagedAgentsBedrockSessionEventTypeParam as BetaManagedAgentsBedrockSessionEventType,
)

__all__ = [
    "BetaManagedAgentsBedrockSessionEventType",
]
