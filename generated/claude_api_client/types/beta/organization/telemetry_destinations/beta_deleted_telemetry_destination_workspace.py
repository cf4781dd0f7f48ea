# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.telemetry_destinations.beta_deleted_telemetry_destination_workspace`: the official path of these types."""

from __future__ import annotations

from ...._models.deleted_telemetry_destination_workspace import (
    DeletedTelemetryDestinationWorkspace as BetaDeletedTelemetryDestinationWorkspace,
)

__all__ = [
    "BetaDeletedTelemetryDestinationWorkspace",
]
