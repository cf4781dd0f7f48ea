# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.parent_organization_required_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.parent_organization_required_error_details import (
    ParentOrganizationRequiredErrorDetails as ParentOrganizationRequiredErrorDetails,
)

__all__ = [
    "ParentOrganizationRequiredErrorDetails",
]
