# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_organization_invite`: the official path of these types."""

from __future__ import annotations

from ..._models.organization_invite import OrganizationInvite as BetaOrganizationInvite

__all__ = [
    "BetaOrganizationInvite",
]
