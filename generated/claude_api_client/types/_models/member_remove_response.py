# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class MemberRemoveResponse(APIModel):
    """Confirms that a user left a workspace."""

    type: Literal["workspace_member_deleted"]
    """Always `workspace_member_deleted`."""
    user_id: str
    """ID of the user."""
    workspace_id: str
    """ID of the workspace."""
