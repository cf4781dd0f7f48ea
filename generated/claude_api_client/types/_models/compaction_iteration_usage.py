# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .cache_creation import CacheCreation


class CompactionIterationUsage(APIModel):
    """Token usage of one compaction iteration."""

    cache_creation: CacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    input_tokens: int
    output_tokens: int
    type: Literal["compaction"]
