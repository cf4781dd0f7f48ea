# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.completion_create_params_non_streaming`: the official path of these types."""

from __future__ import annotations

from ._params.completion_create_params_non_streaming import (
    CompletionCreateParamsNonStreaming as CompletionCreateParamsNonStreaming,
)

__all__ = [
    "CompletionCreateParamsNonStreaming",
]
