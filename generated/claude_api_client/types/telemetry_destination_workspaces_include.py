# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.telemetry_destination_workspaces_include`: the official path of these types."""

from __future__ import annotations

from ._models.telemetry_destination_workspaces_include import (
    TelemetryDestinationWorkspacesInclude as TelemetryDestinationWorkspacesInclude,
)

__all__ = [
    "TelemetryDestinationWorkspacesInclude",
]
