# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.raw_message_delta_event`: the official path of these types."""

from __future__ import annotations

from ._models.message_delta import MessageDelta as Delta
from ._models.raw_message_delta_event import RawMessageDeltaEvent as RawMessageDeltaEvent

__all__ = [
    "Delta",
    "RawMessageDeltaEvent",
]
