# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.linked_organization_billing_unavailable_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.linked_organization_billing_unavailable_error_details import (
    LinkedOrganizationBillingUnavailableErrorDetails as LinkedOrganizationBillingUnavailableErrorDetails,
)

__all__ = [
    "LinkedOrganizationBillingUnavailableErrorDetails",
]
