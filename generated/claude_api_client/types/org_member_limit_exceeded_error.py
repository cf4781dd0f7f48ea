# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.org_member_limit_exceeded_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import OrgMemberLimitExceededError as OrgMemberLimitExceededError

__all__ = [
    "OrgMemberLimitExceededError",
]
