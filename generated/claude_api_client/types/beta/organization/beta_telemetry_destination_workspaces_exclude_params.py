# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_telemetry_destination_workspaces_exclude_params`: the official path of these types."""

from __future__ import annotations

from ..._params.telemetry_destination_workspaces_exclude_param import (
    TelemetryDestinationWorkspacesExcludeParam as BetaTelemetryDestinationWorkspacesExcludeParams,
)

__all__ = [
    "BetaTelemetryDestinationWorkspacesExcludeParams",
]
