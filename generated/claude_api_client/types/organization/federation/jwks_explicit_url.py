# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.federation.jwks_explicit_url`: the official path of these types."""

from __future__ import annotations

from ..._models.jwks_explicit_url import JWKSExplicitURL as JWKSExplicitURL

__all__ = [
    "JWKSExplicitURL",
]
