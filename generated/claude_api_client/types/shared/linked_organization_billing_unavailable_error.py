# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.linked_organization_billing_unavailable_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import (
    LinkedOrganizationBillingUnavailableError as LinkedOrganizationBillingUnavailableError,
)

__all__ = [
    "LinkedOrganizationBillingUnavailableError",
]
