# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.telemetry_destination_workspaces_include_param`: the official path of these types."""

from __future__ import annotations

from ._params.telemetry_destination_workspaces_include_param import (
    TelemetryDestinationWorkspacesIncludeParam as TelemetryDestinationWorkspacesIncludeParam,
)

__all__ = [
    "TelemetryDestinationWorkspacesIncludeParam",
]
