# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_bedrock_send_session_events_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_bedrock_send_session_events_params import (
    ManagedAgentsBedrockSendSessionEventsParams as ManagedAgentsBedrockSendSessionEventsParams,
)

__all__ = [
    "ManagedAgentsBedrockSendSessionEventsParams",
]
