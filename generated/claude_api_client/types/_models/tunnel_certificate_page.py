# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .tunnel_certificate import TunnelCertificate


class TunnelCertificatePage(APIModel):
    """One page of tunnel certificates."""

    data: list[TunnelCertificate]
    next_page: str | None = None
