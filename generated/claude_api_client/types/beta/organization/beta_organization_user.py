# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_organization_user`: the official path of these types."""

from __future__ import annotations

from ..._models.organization_user import OrganizationUser as BetaOrganizationUser

__all__ = [
    "BetaOrganizationUser",
]
