# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .content_block import ContentBlock


class RawContentBlockStartEvent(APIModel):
    """A new content block starts."""

    content_block: ContentBlock
    """The block as it starts; deltas fill it in."""
    index: int
    """Position of the content block in the message's `content`."""
    type: Literal["content_block_start"]
    """Always `content_block_start`."""
