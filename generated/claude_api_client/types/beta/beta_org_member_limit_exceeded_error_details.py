# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_org_member_limit_exceeded_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.org_member_limit_exceeded_error_details import (
    OrgMemberLimitExceededErrorDetails as BetaOrgMemberLimitExceededErrorDetails,
)

__all__ = [
    "BetaOrgMemberLimitExceededErrorDetails",
]
