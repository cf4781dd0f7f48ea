# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization`: the official path of these types."""

from __future__ import annotations

from .._models.organization_info import OrganizationInfo as BetaOrganization

__all__ = [
    "BetaOrganization",
]
