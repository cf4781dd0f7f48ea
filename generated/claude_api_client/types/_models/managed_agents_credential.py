# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .managed_agents_credential_auth import ManagedAgentsCredentialAuth


class ManagedAgentsCredential(APIModel):
    """A secret kept in a vault, with how and where agents may use it."""

    type: Literal["vault_credential"]
    """Always `vault_credential`."""
    id: str
    """ID of the credential."""
    vault_id: str
    """ID of the vault holding the credential."""
    display_name: str | None = None
    """Name for people to read."""
    metadata: dict[str, str]
    """Your own key-value labels (up to 16 pairs)."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
    archived_at: WireDateTime | None = None
    """When it was archived (RFC 3339); null while active."""
    auth: ManagedAgentsCredentialAuth
    """How the credential authenticates."""
