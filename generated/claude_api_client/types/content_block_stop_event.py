# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.content_block_stop_event`: the official path of these types."""

from __future__ import annotations

from ._models.raw_content_block_stop_event import RawContentBlockStopEvent as ContentBlockStopEvent

__all__ = [
    "ContentBlockStopEvent",
]
