# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization_not_enrolled_in_beta_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.organization_not_enrolled_in_beta_error_details import (
    OrganizationNotEnrolledInBetaErrorDetails as OrganizationNotEnrolledInBetaErrorDetails,
)

__all__ = [
    "OrganizationNotEnrolledInBetaErrorDetails",
]
