# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.bedrock_event_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.bedrock_sessions_event_list_params import (
    BedrockSessionsEventListParams as BedrockEventListParams,
)

__all__ = [
    "BedrockEventListParams",
]
