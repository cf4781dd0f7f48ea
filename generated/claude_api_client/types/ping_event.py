# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.ping_event`: the official path of these types."""

from __future__ import annotations

from ._models.ping_event import PingEvent as PingEvent

__all__ = [
    "PingEvent",
]
