# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedTelemetryDestinationWorkspace(APIModel):
    """What taking a workspace off a destination's list answers."""

    type: Literal["telemetry_destination_workspace_deleted"]
    """Always `telemetry_destination_workspace_deleted`."""
    telemetry_destination_id: str
    """ID of the telemetry destination."""
    workspace_id: str
    """ID of the workspace."""
