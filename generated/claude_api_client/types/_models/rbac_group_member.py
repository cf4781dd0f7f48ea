# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class RBACGroupMember(APIModel):
    """A user's membership of a group."""

    created_at: WireDateTime
    """When the user joined the group (RFC 3339)."""
    email: str
    """The user's email address."""
    rbac_group_id: str
    """ID of the group."""
    type: Literal["rbac_group_member"]
    """Always `rbac_group_member`."""
    user_id: str
    """ID of the user."""
