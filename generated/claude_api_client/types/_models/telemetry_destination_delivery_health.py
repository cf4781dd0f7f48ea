# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class TelemetryDestinationDeliveryHealth(APIModel):
    """The latest delivery results recorded for a destination."""

    last_error: str | None = None
    """The last delivery error, or null."""
    last_error_at: WireDateTime | None = None
    """When the last delivery failed (RFC 3339), or null."""
    last_success_at: WireDateTime | None = None
    """When a delivery last succeeded (RFC 3339), or null."""
