# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RedactedThinkingBlock(APIModel):
    """Extended thinking that was encrypted for safety reasons."""

    data: str
    """Encrypted thinking; send it back unchanged."""
    type: Literal["redacted_thinking"]
    """Always `redacted_thinking`."""
