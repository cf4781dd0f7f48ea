# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.organization_user`: the official path of these types."""

from __future__ import annotations

from .._models.organization_user import OrganizationUser as OrganizationUser

__all__ = [
    "OrganizationUser",
]
