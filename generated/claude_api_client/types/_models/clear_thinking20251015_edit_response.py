# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClearThinking20251015EditResponse(APIModel):
    """What a clear-thinking edit removed."""

    cleared_input_tokens: int
    cleared_thinking_turns: int
    type: Literal["clear_thinking_20251015"]
