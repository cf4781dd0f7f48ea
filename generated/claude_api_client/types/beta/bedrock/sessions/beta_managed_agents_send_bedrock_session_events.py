# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.beta_managed_agents_send_bedrock_session_events`: the official path of these types."""

from __future__ import annotations

from ...._models.managed_agents_send_bedrock_session_events import (
    ManagedAgentsSendBedrockSessionEvents as BetaManagedAgentsSendBedrockSessionEvents,
)

__all__ = [
    "BetaManagedAgentsSendBedrockSessionEvents",
]
