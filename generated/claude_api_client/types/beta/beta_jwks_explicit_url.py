# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_jwks_explicit_url`: the official path of these types."""

from __future__ import annotations

from .._models.jwks_explicit_url import JWKSExplicitURL as BetaJWKSExplicitURL

__all__ = [
    "BetaJWKSExplicitURL",
]
