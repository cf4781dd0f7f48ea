# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.linked_organization_spend_limit_reached_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.linked_organization_spend_limit_reached_error_details import (
    LinkedOrganizationSpendLimitReachedErrorDetails as LinkedOrganizationSpendLimitReachedErrorDetails,
)

__all__ = [
    "LinkedOrganizationSpendLimitReachedErrorDetails",
]
