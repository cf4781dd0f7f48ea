# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AdvisorResultBlock(APIModel):
    """Advice from the advisor."""

    stop_reason: str | None = None
    """Why the advisor stopped; `max_tokens` means the advice was cut short."""
    text: str
    """The advice."""
    type: Literal["advisor_result"]
    """Always `advisor_result`."""
