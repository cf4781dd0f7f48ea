# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class TelemetryDestinationDeliveryHealth(APIModel):
    """Telemetry Destination Delivery Health."""

    last_error: str | None = None
    """Last error."""
    last_error_at: WireDateTime | None = None
    """When it was last error (RFC 3339), or null."""
    last_success_at: WireDateTime | None = None
    """When it was last success (RFC 3339), or null."""
