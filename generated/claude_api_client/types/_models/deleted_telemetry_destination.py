# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedTelemetryDestination(APIModel):
    """Deleted Telemetry Destination."""

    type: Literal["telemetry_destination_deleted"]
    """Object type tag."""
    id: str
    """Unique identifier."""
