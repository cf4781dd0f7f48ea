# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.memory_stores.beta_managed_agents_bedrock_session_actor`: the official path of these types."""

from __future__ import annotations

from ...._models.managed_agents_bedrock_session_actor import (
    ManagedAgentsBedrockSessionActor as BetaManagedAgentsBedrockSessionActor,
)

__all__ = [
    "BetaManagedAgentsBedrockSessionActor",
]
