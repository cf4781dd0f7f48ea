# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_bedrock_session_list_item_usage`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_bedrock_session_list_item_usage import (
    ManagedAgentsBedrockSessionListItemUsage as BetaManagedAgentsBedrockSessionListItemUsage,
)

__all__ = [
    "BetaManagedAgentsBedrockSessionListItemUsage",
]
