# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.workspaces.member_remove_response`: the official path of these types."""

from __future__ import annotations

from ...._models.member_remove_response import MemberRemoveResponse as MemberRemoveResponse

__all__ = [
    "MemberRemoveResponse",
]
