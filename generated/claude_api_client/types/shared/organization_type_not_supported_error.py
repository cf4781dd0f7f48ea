# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.organization_type_not_supported_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import OrganizationTypeNotSupportedError as OrganizationTypeNotSupportedError

__all__ = [
    "OrganizationTypeNotSupportedError",
]
