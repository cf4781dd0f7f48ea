# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RawContentBlockStopEvent(APIModel):
    """The current content block is complete."""

    index: int
    """Position of the content block in the message's `content`."""
    type: Literal["content_block_stop"]
    """Always `content_block_stop`."""
