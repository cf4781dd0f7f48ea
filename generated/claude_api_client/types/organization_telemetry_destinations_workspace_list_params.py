# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization_telemetry_destinations_workspace_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.organization_telemetry_destinations_workspace_list_params import (
    OrganizationTelemetryDestinationsWorkspaceListParams as OrganizationTelemetryDestinationsWorkspaceListParams,
)

__all__ = [
    "OrganizationTelemetryDestinationsWorkspaceListParams",
]
