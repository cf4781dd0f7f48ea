# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.telemetry_destinations.beta_telemetry_destination_workspace`: the official path of these types."""

from __future__ import annotations

from ...._models.telemetry_destination_workspace import (
    TelemetryDestinationWorkspace as BetaTelemetryDestinationWorkspace,
)

__all__ = [
    "BetaTelemetryDestinationWorkspace",
]
