# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime


class TunnelCertificate(APIModel):
    """A CA certificate a tunnel trusts."""

    type: Literal["tunnel_certificate"]
    id: str
    tunnel_id: str
    fingerprint: str
    expires_at: WireDateTime | None = None
    created_at: WireDateTime
    archived_at: WireDateTime | None = None
