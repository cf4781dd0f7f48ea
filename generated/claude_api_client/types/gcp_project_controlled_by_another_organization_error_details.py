# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.gcp_project_controlled_by_another_organization_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.gcp_project_controlled_by_another_organization_error_details import (
    GCPProjectControlledByAnotherOrganizationErrorDetails as GCPProjectControlledByAnotherOrganizationErrorDetails,
)

__all__ = [
    "GCPProjectControlledByAnotherOrganizationErrorDetails",
]
