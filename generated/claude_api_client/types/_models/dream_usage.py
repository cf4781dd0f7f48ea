# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class DreamUsage(APIModel):
    """Tokens a dream used, summed over all its steps."""

    input_tokens: int
    """Input tokens read without cache."""
    output_tokens: int
    """Output tokens generated."""
    cache_read_input_tokens: int
    """Input tokens read from the cache."""
    cache_creation_input_tokens: int
    """Input tokens written to the cache."""
