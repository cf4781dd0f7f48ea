# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspace_member_limit_exceeded_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import WorkspaceMemberLimitExceededError as WorkspaceMemberLimitExceededError

__all__ = [
    "WorkspaceMemberLimitExceededError",
]
