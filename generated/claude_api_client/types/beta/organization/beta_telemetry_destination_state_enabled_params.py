# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_telemetry_destination_state_enabled_params`: the official path of these types."""

from __future__ import annotations

from ..._params.telemetry_destination_state_enabled_param import (
    TelemetryDestinationStateEnabledParam as BetaTelemetryDestinationStateEnabledParams,
)

__all__ = [
    "BetaTelemetryDestinationStateEnabledParams",
]
