# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CacheMissSystemChanged(APIModel):
    """The cache missed because the system prompt changed."""

    cache_missed_input_tokens: int
    """Approximate input tokens that missed the cache because of this change."""
    type: Literal["system_changed"]
    """Always `system_changed`."""
