# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OrgMemberLimitExceededErrorDetails(APIModel):
    """The organization is at the member limit Anthropic set for it (pending invites count)."""

    error_code: Literal["org_member_limit_exceeded"]
    """Always `org_member_limit_exceeded`."""
