# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization_invite_page`: the official path of these types."""

from __future__ import annotations

from .._models.organization_invite_page import OrganizationInvitePage as BetaOrganizationInvitePage

__all__ = [
    "BetaOrganizationInvitePage",
]
