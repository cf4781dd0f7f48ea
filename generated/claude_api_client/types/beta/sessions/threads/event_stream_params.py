# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.threads.event_stream_params`: the official path of these types."""

from __future__ import annotations

from ...._params.event_stream_params import EventStreamParams as EventStreamParams

__all__ = [
    "EventStreamParams",
]
