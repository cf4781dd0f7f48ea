# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_stream_event`: the official path of these types."""

from __future__ import annotations

from ._models.raw_message_stream_event import RawMessageStreamEvent as MessageStreamEvent

__all__ = [
    "MessageStreamEvent",
]
