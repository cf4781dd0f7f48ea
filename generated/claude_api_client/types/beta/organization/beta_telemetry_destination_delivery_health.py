# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_telemetry_destination_delivery_health`: the official path of these types."""

from __future__ import annotations

from ..._models.telemetry_destination_delivery_health import (
    TelemetryDestinationDeliveryHealth as BetaTelemetryDestinationDeliveryHealth,
)

__all__ = [
    "BetaTelemetryDestinationDeliveryHealth",
]
