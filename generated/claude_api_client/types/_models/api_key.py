# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .api_key_created_by import APIKeyCreatedBy
from .api_key_principal import APIKeyPrincipal
from .api_key_scope import APIKeyScope
from .api_key_status import APIKeyStatus


class APIKey(APIModel):
    """An API key of the organization (never its secret)."""

    id: str
    """ID of the API key."""
    created_at: WireDateTime
    """When the key was created (RFC 3339)."""
    created_by: APIKeyCreatedBy | None = None
    """Who created the key; null when that was not recorded."""
    expires_at: WireDateTime | None = None
    """When the key expires (RFC 3339); null if never."""
    name: str
    """The key's name."""
    partial_key_hint: str | None = None
    """A few characters of the key, to recognise it by."""
    principal: APIKeyPrincipal | None = None
    """Whom the key acts as; null when it is bound to no user or service account."""
    scope: APIKeyScope
    """Where the key belongs: a workspace, or the organization."""
    status: APIKeyStatus
    """Whether the key can be used."""
    type: Literal["api_key"]
    """Always `api_key`."""
