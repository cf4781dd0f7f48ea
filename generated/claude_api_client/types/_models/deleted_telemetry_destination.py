# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedTelemetryDestination(APIModel):
    """What deleting a telemetry destination answers."""

    type: Literal["telemetry_destination_deleted"]
    """Always `telemetry_destination_deleted`."""
    id: str
    """Unique identifier."""
