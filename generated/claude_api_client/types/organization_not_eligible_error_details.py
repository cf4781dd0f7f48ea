# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization_not_eligible_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.organization_not_eligible_error_details import (
    OrganizationNotEligibleErrorDetails as OrganizationNotEligibleErrorDetails,
)

__all__ = [
    "OrganizationNotEligibleErrorDetails",
]
