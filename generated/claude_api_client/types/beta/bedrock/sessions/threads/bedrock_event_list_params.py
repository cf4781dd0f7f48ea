# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.threads.bedrock_event_list_params`: the official path of these types."""

from __future__ import annotations

from ....._params.bedrock_event_list_params import BedrockEventListParams as BedrockEventListParams

__all__ = [
    "BedrockEventListParams",
]
