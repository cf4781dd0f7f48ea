# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_telemetry_destination_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.telemetry_destination_create_params import (
    TelemetryDestinationCreateParams as BetaTelemetryDestinationCreateParams,
)

__all__ = [
    "BetaTelemetryDestinationCreateParams",
]
