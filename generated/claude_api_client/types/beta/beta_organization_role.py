# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization_role`: the official path of these types."""

from __future__ import annotations

from .._models.organization_role import OrganizationRole as BetaOrganizationRole

__all__ = [
    "BetaOrganizationRole",
]
