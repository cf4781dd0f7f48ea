# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .cache_creation import CacheCreation


class CompactionIterationUsage(APIModel):
    """Token usage of one compaction iteration."""

    cache_creation: CacheCreation | None = None
    """Tokens written to the prompt cache, split by cache lifetime."""
    cache_creation_input_tokens: int | None = None
    """Input tokens written to the prompt cache."""
    cache_read_input_tokens: int | None = None
    """Input tokens read from the prompt cache."""
    input_tokens: int
    """Input tokens processed."""
    output_tokens: int
    """Output tokens generated."""
    type: Literal["compaction"]
    """Always `compaction`."""
