# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.telemetry_destination_state_param`: the official path of these types."""

from __future__ import annotations

from ._params.telemetry_destination_state_param import (
    TelemetryDestinationStateParam as TelemetryDestinationStateParam,
)

__all__ = [
    "TelemetryDestinationStateParam",
]
