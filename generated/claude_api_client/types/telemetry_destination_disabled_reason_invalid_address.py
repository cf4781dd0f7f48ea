# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.telemetry_destination_disabled_reason_invalid_address`: the official path of these types."""

from __future__ import annotations

from ._models.telemetry_destination_disabled_reason_invalid_address import (
    TelemetryDestinationDisabledReasonInvalidAddress as TelemetryDestinationDisabledReasonInvalidAddress,
)

__all__ = [
    "TelemetryDestinationDisabledReasonInvalidAddress",
]
