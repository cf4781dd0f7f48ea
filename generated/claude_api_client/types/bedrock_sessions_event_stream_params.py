# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.bedrock_sessions_event_stream_params`: the official path of these types."""

from __future__ import annotations

from ._params.bedrock_sessions_event_stream_params import (
    BedrockSessionsEventStreamParams as BedrockSessionsEventStreamParams,
)

__all__ = [
    "BedrockSessionsEventStreamParams",
]
