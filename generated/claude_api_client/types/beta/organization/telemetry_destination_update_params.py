# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.telemetry_destination_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.telemetry_destination_update_params import (
    TelemetryDestinationUpdateParams as TelemetryDestinationUpdateParams,
)

__all__ = [
    "TelemetryDestinationUpdateParams",
]
