# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class Tunnel(APIModel):
    """A tunnel that routes MCP traffic to servers on a private network."""

    type: Literal["tunnel"]
    """Always `tunnel`."""
    id: str
    """ID of the tunnel (`tnl_...`)."""
    domain: str
    """Host name assigned to the tunnel; MCP URLs under it go through the tunnel."""
    display_name: str | None = None
    """Name for people to read; null if unset."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    archived_at: WireDateTime | None = None
    """When it was archived (RFC 3339); null while active."""
