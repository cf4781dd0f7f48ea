# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class TelemetryDestinationWorkspace(APIModel):
    """A workspace on a destination's include or exclude list."""

    type: Literal["telemetry_destination_workspace"]
    """Always `telemetry_destination_workspace`."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    telemetry_destination_id: str
    """ID of the telemetry destination."""
    workspace_id: str
    """ID of the workspace."""
