# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.telemetry_destination`: the official path of these types."""

from __future__ import annotations

from ._models.telemetry_destination import TelemetryDestination as TelemetryDestination

__all__ = [
    "TelemetryDestination",
]
