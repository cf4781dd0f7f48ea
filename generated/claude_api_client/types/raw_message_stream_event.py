# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.raw_message_stream_event`: the official path of these types."""

from __future__ import annotations

from ._models.raw_message_stream_event import RawMessageStreamEvent as RawMessageStreamEvent

__all__ = [
    "RawMessageStreamEvent",
]
