# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.federation.beta_jwks_inline`: the official path of these types."""

from __future__ import annotations

from ...._models.jwks_inline import JWKSInline as BetaJWKSInline

__all__ = [
    "BetaJWKSInline",
]
