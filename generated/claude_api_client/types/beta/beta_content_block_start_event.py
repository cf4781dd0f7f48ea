# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_content_block_start_event`: the official path of these types."""

from __future__ import annotations

from .._models.content_block import ContentBlock as ContentBlock
from .._models.raw_content_block_start_event import (
    RawContentBlockStartEvent as BetaContentBlockStartEvent,
)

__all__ = [
    "BetaContentBlockStartEvent",
    "ContentBlock",
]
