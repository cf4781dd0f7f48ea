# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.telemetry_destination_create_params`: the official path of these types."""

from __future__ import annotations

from ._params.telemetry_destination_create_params import (
    TelemetryDestinationCreateParams as TelemetryDestinationCreateParams,
)

__all__ = [
    "TelemetryDestinationCreateParams",
]
