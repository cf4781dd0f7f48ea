# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_speed import ManagedAgentsSpeed


class ManagedAgentsSpanModelUsage(APIModel):
    """Span model usage."""

    input_tokens: int
    """Input tokens used."""
    output_tokens: int
    """Output tokens produced."""
    cache_creation_input_tokens: int
    """Input tokens written to the prompt cache."""
    cache_read_input_tokens: int
    """Input tokens read from the prompt cache."""
    speed: ManagedAgentsSpeed | None = None
    """Generation speed mode."""
