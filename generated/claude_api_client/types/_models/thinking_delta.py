# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ThinkingDelta(APIModel):
    """Thinking text to append to a thinking block."""

    thinking: str
    """Thinking text to append."""
    type: Literal["thinking_delta"]
    """Always `thinking_delta`."""
    estimated_tokens: int | None = None
    """Increase of a rough running estimate of this block's thinking tokens."""
