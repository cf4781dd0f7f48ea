# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.event_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.sessions_event_list_params import SessionsEventListParams as EventListParams

__all__ = [
    "EventListParams",
]
