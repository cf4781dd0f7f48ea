# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization_user_page`: the official path of these types."""

from __future__ import annotations

from ._models.organization_user_page import OrganizationUserPage as OrganizationUserPage

__all__ = [
    "OrganizationUserPage",
]
