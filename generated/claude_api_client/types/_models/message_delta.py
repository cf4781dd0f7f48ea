# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .container import Container
from .refusal_stop_details import RefusalStopDetails
from .stop_reason import StopReason


class MessageDelta(APIModel):
    """Top-level message fields that changed, sent near the end of a stream."""

    container: Container | None = None
    """Container used by this request, when a container tool ran."""
    stop_details: RefusalStopDetails | None = None
    """More detail on why generation stopped; null when there is none."""
    stop_reason: StopReason | None = None
    """Why the model stopped."""
    stop_sequence: str | None = None
    """The custom stop sequence that was produced, if any."""
