# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization_invite_status`: the official path of these types."""

from __future__ import annotations

from .._models.organization_invite_status import (
    OrganizationInviteStatus as BetaOrganizationInviteStatus,
)

__all__ = [
    "BetaOrganizationInviteStatus",
]
