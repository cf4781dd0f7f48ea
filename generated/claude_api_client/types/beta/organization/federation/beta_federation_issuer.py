# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.federation.beta_federation_issuer`: the official path of these types."""

from __future__ import annotations

from ...._models.federation_issuer import FederationIssuer as BetaFederationIssuer
from ...._models.federation_jwks import FederationJWKS as JWKS

__all__ = [
    "BetaFederationIssuer",
    "JWKS",
]
