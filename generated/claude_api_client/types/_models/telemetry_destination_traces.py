# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .telemetry_destination_content_mode import TelemetryDestinationContentMode


class TelemetryDestinationTraces(APIModel):
    """A destination's settings for the traces it receives."""

    content_mode: TelemetryDestinationContentMode
    """Whether spans carry message content or metadata only."""
    enabled: bool
    """Whether it is on."""
    endpoint_url: str | None = None
    """URL deliveries are sent to."""
    max_content_bytes: int | None = None
    """Largest content a span carries, in bytes (longer content is cut)."""
