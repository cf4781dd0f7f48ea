# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_stream_bedrock_session_events`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_stream_bedrock_session_events import (
    ManagedAgentsStreamBedrockSessionEvents as ManagedAgentsStreamBedrockSessionEvents,
)

__all__ = [
    "ManagedAgentsStreamBedrockSessionEvents",
]
