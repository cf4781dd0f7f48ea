# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.sessions_event_stream_params`: the official path of these types."""

from __future__ import annotations

from ._params.sessions_event_stream_params import (
    SessionsEventStreamParams as SessionsEventStreamParams,
)

__all__ = [
    "SessionsEventStreamParams",
]
