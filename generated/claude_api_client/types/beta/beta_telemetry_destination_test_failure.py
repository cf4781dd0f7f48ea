# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_telemetry_destination_test_failure`: the official path of these types."""

from __future__ import annotations

from .._models.telemetry_destination_test_failure import (
    TelemetryDestinationTestFailure as BetaTelemetryDestinationTestFailure,
)

__all__ = [
    "BetaTelemetryDestinationTestFailure",
]
