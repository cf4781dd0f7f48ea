# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.telemetry_destination_state_disabled`: the official path of these types."""

from __future__ import annotations

from ._models.telemetry_destination_state_disabled import (
    TelemetryDestinationStateDisabled as TelemetryDestinationStateDisabled,
)

__all__ = [
    "TelemetryDestinationStateDisabled",
]
