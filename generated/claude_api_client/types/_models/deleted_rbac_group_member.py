# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedRBACGroupMember(APIModel):
    """Confirms that a user left a group."""

    rbac_group_id: str
    """ID of the group."""
    type: Literal["rbac_group_member_deleted"]
    """Always `rbac_group_member_deleted`."""
    user_id: str
    """ID of the user."""
