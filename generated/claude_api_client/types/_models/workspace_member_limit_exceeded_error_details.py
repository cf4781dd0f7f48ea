# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WorkspaceMemberLimitExceededErrorDetails(APIModel):
    """The workspace has as many members as it may have."""

    error_code: Literal["workspace_member_limit_exceeded"]
    """Always `workspace_member_limit_exceeded`."""
