# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_bedrock_sessions_event_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.bedrock_sessions_event_list_params import (
    BedrockSessionsEventListParams as BetaBedrockSessionsEventListParams,
)

__all__ = [
    "BetaBedrockSessionsEventListParams",
]
