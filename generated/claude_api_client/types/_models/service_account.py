# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .service_account_organization_role import ServiceAccountOrganizationRole


class ServiceAccount(APIModel):
    """A non-human identity of the organization, for automation."""

    id: str
    """ID of the service account."""
    archived_at: WireDateTime | None = None
    """When it was archived (RFC 3339); null while active."""
    archived_by_actor_id: str | None = None
    """Who archived it; null while active or when not recorded."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    created_by_actor_id: str | None = None
    """Who created it; null when not recorded."""
    description: str | None = None
    """What it is for."""
    name: str
    """Its name, unique in the organization."""
    organization_role: ServiceAccountOrganizationRole
    """Its role in the organization."""
    type: Literal["service_account"]
    """Always `service_account`."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
    updated_by_actor_id: str | None = None
    """Who changed it last; null when not recorded."""
