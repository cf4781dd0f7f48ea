# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .organization_invite_status import OrganizationInviteStatus
from .organization_role import OrganizationRole


class OrganizationInvite(APIModel):
    """An invitation for someone to join the organization."""

    id: str
    """ID of the invite."""
    accepted_at: WireDateTime | None = None
    """When the invite was accepted (RFC 3339); null until then."""
    email: str
    """The address the invite was sent to."""
    expires_at: WireDateTime
    """When the invite stops being usable (RFC 3339)."""
    invited_at: WireDateTime
    """When the invite was sent (RFC 3339)."""
    rbac_group_ids: list[str]
    """RBAC groups (Claude Enterprise) the person joins on accepting; empty when none."""
    role: OrganizationRole
    """The role the person gets on accepting."""
    status: OrganizationInviteStatus
    """Where the invite stands."""
    type: Literal["invite"]
    """Always `invite`."""
