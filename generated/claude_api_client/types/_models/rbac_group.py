# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .rbac_group_source_type import RBACGroupSourceType


class RBACGroup(APIModel):
    """A group of users that shares roles (Claude Enterprise)."""

    id: str
    """ID of the group."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    name: str
    """The group's name."""
    role_ids: list[str] | None = None
    """The roles its members get."""
    source_type: RBACGroupSourceType
    """Whether the group is managed here (`direct`) or by your identity provider (`scim`)."""
    type: Literal["rbac_group"]
    """Always `rbac_group`."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
