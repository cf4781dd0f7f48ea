# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_bedrock_system_message_event`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_bedrock_system_message_event import (
    ManagedAgentsBedrockSystemMessageEvent as BetaManagedAgentsBedrockSystemMessageEvent,
)

__all__ = [
    "BetaManagedAgentsBedrockSystemMessageEvent",
]
