# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_stop_event`: the official path of these types."""

from __future__ import annotations

from ._models.raw_message_stop_event import RawMessageStopEvent as MessageStopEvent

__all__ = [
    "MessageStopEvent",
]
