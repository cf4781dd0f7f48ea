# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSpanModelRequestStartEvent(APIModel):
    """Span model request start event."""

    type: Literal["span.model_request_start"]
    """Always `span.model_request_start`."""
    id: str
    """ID of the span model request start event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
