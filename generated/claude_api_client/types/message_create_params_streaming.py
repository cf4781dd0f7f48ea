# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_create_params_streaming`: the official path of these types."""

from __future__ import annotations

from ._params.message_create_params_streaming import (
    MessageCreateParamsStreaming as MessageCreateParamsStreaming,
)

__all__ = [
    "MessageCreateParamsStreaming",
]
