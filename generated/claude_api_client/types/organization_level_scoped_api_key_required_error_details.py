# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization_level_scoped_api_key_required_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.organization_level_scoped_api_key_required_error_details import (
    OrganizationLevelScopedAPIKeyRequiredErrorDetails as OrganizationLevelScopedAPIKeyRequiredErrorDetails,
)

__all__ = [
    "OrganizationLevelScopedAPIKeyRequiredErrorDetails",
]
