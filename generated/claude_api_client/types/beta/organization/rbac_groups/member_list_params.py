# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.rbac_groups.member_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_organization_rbac_groups_member_list_params import (
    BetaOrganizationRbacGroupsMemberListParams as MemberListParams,
)

__all__ = [
    "MemberListParams",
]
