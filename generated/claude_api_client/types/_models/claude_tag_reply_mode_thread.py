# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClaudeTagReplyModeThread(APIModel):
    """Claude keeps replying in threads it was mentioned in."""

    type: Literal["thread"]
    """Always `thread`."""
