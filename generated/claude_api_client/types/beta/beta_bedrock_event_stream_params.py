# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_bedrock_event_stream_params`: the official path of these types."""

from __future__ import annotations

from .._params.bedrock_event_stream_params import (
    BedrockEventStreamParams as BetaBedrockEventStreamParams,
)

__all__ = [
    "BetaBedrockEventStreamParams",
]
