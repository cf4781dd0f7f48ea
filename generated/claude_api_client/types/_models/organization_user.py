# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .organization_role import OrganizationRole


class OrganizationUser(APIModel):
    """A person who is a member of the organization."""

    id: str
    """ID of the user."""
    added_at: WireDateTime
    """When the user joined the organization (RFC 3339)."""
    email: str
    """The user's email address."""
    name: str
    """The user's name."""
    role: OrganizationRole
    """The user's role in the organization."""
    type: Literal["user"]
    """Always `user`."""
