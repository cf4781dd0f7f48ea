# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_api_key_organization_scope`: the official path of these types."""

from __future__ import annotations

from ..._models.api_key_organization_scope import (
    APIKeyOrganizationScope as BetaAPIKeyOrganizationScope,
)

__all__ = [
    "BetaAPIKeyOrganizationScope",
]
