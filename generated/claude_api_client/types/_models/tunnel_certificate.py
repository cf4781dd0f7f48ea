# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class TunnelCertificate(APIModel):
    """A CA certificate a tunnel trusts."""

    type: Literal["tunnel_certificate"]
    """Always `tunnel_certificate`."""
    id: str
    """ID of the certificate (`tcrt_...`)."""
    tunnel_id: str
    """ID of the tunnel that trusts the certificate."""
    fingerprint: str
    """Lowercase hex SHA-256 of the certificate (DER)."""
    expires_at: WireDateTime | None = None
    """When the certificate expires; null if it does not."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    archived_at: WireDateTime | None = None
    """When the certificate was archived (no longer trusted); null while trusted."""
