# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_create_params_streaming`: the official path of these types."""

from __future__ import annotations

from .._params.beta_message_create_params_streaming import (
    BetaMessageCreateParamsStreaming as BetaMessageCreateParamsStreaming,
)

__all__ = [
    "BetaMessageCreateParamsStreaming",
]
