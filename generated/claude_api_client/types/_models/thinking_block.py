# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ThinkingBlock(APIModel):
    """The model's extended thinking."""

    signature: str | None = None
    """Opaque value that proves the thinking block came from Claude."""
    thinking: str
    """The model's reasoning."""
    type: Literal["thinking"]
    """Always `thinking`."""
