# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .raw_content_block_delta import RawContentBlockDelta


class RawContentBlockDeltaEvent(APIModel):
    """An increment to the current content block."""

    delta: RawContentBlockDelta
    """The increment to apply to the block."""
    index: int
    """Position of the content block in the message's `content`."""
    type: Literal["content_block_delta"]
    """Always `content_block_delta`."""
