# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_speed import ManagedAgentsSpeed


class ManagedAgentsSpanModelUsage(APIModel):
    """Span model usage."""

    input_tokens: int
    output_tokens: int
    cache_creation_input_tokens: int
    cache_read_input_tokens: int
    speed: ManagedAgentsSpeed | None = None
