# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.message_start_event`: the official path of these types."""

from __future__ import annotations

from ._models.raw_message_start_event import RawMessageStartEvent as MessageStartEvent

__all__ = [
    "MessageStartEvent",
]
