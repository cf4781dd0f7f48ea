# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    StopReason: TypeAlias = Literal[
        "end_turn",
        "max_tokens",
        "stop_sequence",
        "tool_use",
        "pause_turn",
        "refusal",
        "model_context_window_exceeded",
        "compaction",
    ]
else:

    class StopReason(OpenEnum):
        """Why the model stopped generating."""

        END_TURN = "end_turn"
        MAX_TOKENS = "max_tokens"
        STOP_SEQUENCE = "stop_sequence"
        TOOL_USE = "tool_use"
        PAUSE_TURN = "pause_turn"
        REFUSAL = "refusal"
        MODEL_CONTEXT_WINDOW_EXCEEDED = "model_context_window_exceeded"
        COMPACTION = "compaction"
