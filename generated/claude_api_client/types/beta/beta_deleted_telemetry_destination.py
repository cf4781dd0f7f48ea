# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_deleted_telemetry_destination`: the official path of these types."""

from __future__ import annotations

from .._models.deleted_telemetry_destination import (
    DeletedTelemetryDestination as BetaDeletedTelemetryDestination,
)

__all__ = [
    "BetaDeletedTelemetryDestination",
]
