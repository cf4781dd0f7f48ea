# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_federation_jwks`: the official path of these types."""

from __future__ import annotations

from .._models.federation_jwks import FederationJWKS as BetaFederationJWKS

__all__ = [
    "BetaFederationJWKS",
]
