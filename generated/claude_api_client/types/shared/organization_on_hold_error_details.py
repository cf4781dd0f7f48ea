# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.organization_on_hold_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.organization_on_hold_error_details import (
    OrganizationOnHoldErrorDetails as OrganizationOnHoldErrorDetails,
)

__all__ = [
    "OrganizationOnHoldErrorDetails",
]
