# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_bedrock_session_event_page`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_bedrock_session_event_page import (
    ManagedAgentsBedrockSessionEventPage as ManagedAgentsBedrockSessionEventPage,
)

__all__ = [
    "ManagedAgentsBedrockSessionEventPage",
]
