# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.beta_managed_agents_bedrock_user_tool_confirmation_event`: the official path of these types."""

from __future__ import annotations

from ...._models.managed_agents_bedrock_user_tool_confirmation_event import (
    ManagedAgentsBedrockUserToolConfirmationEvent as BetaManagedAgentsBedrockUserToolConfirmationEvent,
)

__all__ = [
    "BetaManagedAgentsBedrockUserToolConfirmationEvent",
]
