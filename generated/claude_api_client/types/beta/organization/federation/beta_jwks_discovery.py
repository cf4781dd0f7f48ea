# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.federation.beta_jwks_discovery`: the official path of these types."""

from __future__ import annotations

from ...._models.jwks_discovery import JWKSDiscovery as BetaJWKSDiscovery

__all__ = [
    "BetaJWKSDiscovery",
]
