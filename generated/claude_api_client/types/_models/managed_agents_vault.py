# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class ManagedAgentsVault(APIModel):
    """A container of credentials that agents can use to reach outside services."""

    type: Literal["vault"]
    """Always `vault`."""
    id: str
    """ID of the vault."""
    display_name: str
    """Name for people to read."""
    metadata: dict[str, str]
    """Your own key-value labels (up to 16 pairs)."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
    archived_at: WireDateTime | None = None
    """When it was archived (RFC 3339); null while active."""
