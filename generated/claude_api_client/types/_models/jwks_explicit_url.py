# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class JWKSExplicitURL(APIModel):
    """Signing keys fetched from a given URL."""

    type: Literal["explicit_url"]
    """Always `explicit_url`."""
    url: str
    """The JWKS URL."""
    ca_cert_pem: str | None = None
    """A PEM CA certificate to trust when fetching."""
