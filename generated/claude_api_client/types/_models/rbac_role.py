# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .rbac_role_source import RBACRoleSource


class RBACRole(APIModel):
    """A named set of permissions that groups can be given."""

    id: str
    """ID of the role."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    display_name: str
    """The role's name for people to read."""
    source: RBACRoleSource
    """Whether the role is built in or custom."""
    type: Literal["rbac_role"]
    """Always `rbac_role`."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
