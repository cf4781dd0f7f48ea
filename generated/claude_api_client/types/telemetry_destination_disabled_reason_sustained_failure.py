# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.telemetry_destination_disabled_reason_sustained_failure`: the official path of these types."""

from __future__ import annotations

from ._models.telemetry_destination_disabled_reason_sustained_failure import (
    TelemetryDestinationDisabledReasonSustainedFailure as TelemetryDestinationDisabledReasonSustainedFailure,
)

__all__ = [
    "TelemetryDestinationDisabledReasonSustainedFailure",
]
