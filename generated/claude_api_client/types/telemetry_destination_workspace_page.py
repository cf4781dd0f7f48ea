# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.telemetry_destination_workspace_page`: the official path of these types."""

from __future__ import annotations

from ._models.telemetry_destination_workspace_page import (
    TelemetryDestinationWorkspacePage as TelemetryDestinationWorkspacePage,
)

__all__ = [
    "TelemetryDestinationWorkspacePage",
]
