# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_telemetry_destination_disabled_reason_redirect`: the official path of these types."""

from __future__ import annotations

from ..._models.telemetry_destination_disabled_reason_redirect import (
    TelemetryDestinationDisabledReasonRedirect as BetaTelemetryDestinationDisabledReasonRedirect,
)

__all__ = [
    "BetaTelemetryDestinationDisabledReasonRedirect",
]
