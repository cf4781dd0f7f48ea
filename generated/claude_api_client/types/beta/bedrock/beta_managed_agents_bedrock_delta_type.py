# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_bedrock_delta_type`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_event_delta_type_param import (
    ManagedAgentsEventDeltaTypeParam as BetaManagedAgentsBedrockDeltaType,
)

__all__ = [
    "BetaManagedAgentsBedrockDeltaType",
]
