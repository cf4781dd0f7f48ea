# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.telemetry_destination_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.telemetry_destination_list_params import (
    TelemetryDestinationListParams as TelemetryDestinationListParams,
)

__all__ = [
    "TelemetryDestinationListParams",
]
