# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_span_model_usage import ManagedAgentsSpanModelUsage
from .timestamp import Timestamp


class ManagedAgentsSpanModelRequestEndEvent(APIModel):
    """Span model request end event."""

    type: Literal["span.model_request_end"]
    """Always `span.model_request_end`."""
    id: str
    """ID of the span model request end event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    is_error: bool | None = None
    """Whether the result is an error."""
    model_usage: ManagedAgentsSpanModelUsage
    """Tokens the model request used."""
    model_request_start_id: str
    """ID of the span event that opened this model request."""
