# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_span_model_usage import ManagedAgentsSpanModelUsage
from .timestamp import Timestamp


class ManagedAgentsSpanModelRequestEndEvent(APIModel):
    """Span model request end event."""

    type: Literal["span.model_request_end"]
    id: str
    processed_at: Timestamp
    is_error: bool | None
    model_usage: ManagedAgentsSpanModelUsage
    model_request_start_id: str
