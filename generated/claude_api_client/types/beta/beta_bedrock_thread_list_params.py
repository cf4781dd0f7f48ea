# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_bedrock_thread_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.bedrock_thread_list_params import (
    BedrockThreadListParams as BetaBedrockThreadListParams,
)

__all__ = [
    "BetaBedrockThreadListParams",
]
