# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class JWKSDiscovery(APIModel):
    """Signing keys found through OpenID Connect discovery."""

    type: Literal["discovery"]
    """Always `discovery`."""
    ca_cert_pem: str | None = None
    """A PEM CA certificate to trust when fetching (for private issuers)."""
    discovery_base: str | None = None
    """Where discovery starts, when it is not the issuer URL."""
