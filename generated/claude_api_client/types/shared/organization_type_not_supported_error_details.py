# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.organization_type_not_supported_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.organization_type_not_supported_error_details import (
    OrganizationTypeNotSupportedErrorDetails as OrganizationTypeNotSupportedErrorDetails,
)

__all__ = [
    "OrganizationTypeNotSupportedErrorDetails",
]
