# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_organization_level_scoped_api_key_required_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaOrganizationLevelScopedAPIKeyRequiredError as BetaOrganizationLevelScopedAPIKeyRequiredError,
)

__all__ = [
    "BetaOrganizationLevelScopedAPIKeyRequiredError",
]
