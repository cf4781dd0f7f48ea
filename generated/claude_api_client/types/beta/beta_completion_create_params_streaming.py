# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_completion_create_params_streaming`: the official path of these types."""

from __future__ import annotations

from .._params.beta_completion_create_params_streaming import (
    BetaCompletionCreateParamsStreaming as BetaCompletionCreateParamsStreaming,
)

__all__ = [
    "BetaCompletionCreateParamsStreaming",
]
