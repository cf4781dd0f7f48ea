# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TextDelta(APIModel):
    """Text to append to a text block."""

    text: str
    """Text to append."""
    type: Literal["text_delta"]
    """Always `text_delta`."""
