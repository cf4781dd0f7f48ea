# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClearThinking20251015EditResponse(APIModel):
    """What a clear-thinking edit removed."""

    cleared_input_tokens: int
    """Input tokens removed by this edit."""
    cleared_thinking_turns: int
    """Number of thinking turns removed."""
    type: Literal["clear_thinking_20251015"]
    """Always `clear_thinking_20251015`."""
