# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.telemetry_destinations.workspace_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.organization_telemetry_destinations_workspace_list_params import (
    OrganizationTelemetryDestinationsWorkspaceListParams as WorkspaceListParams,
)

__all__ = [
    "WorkspaceListParams",
]
