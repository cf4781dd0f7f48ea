# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_completion_stream_event`: the official path of these types."""

from __future__ import annotations

from .._models.completion_stream_event import CompletionStreamEvent as BetaCompletionStreamEvent

__all__ = [
    "BetaCompletionStreamEvent",
]
