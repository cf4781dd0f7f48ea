# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.federation.federation_issuer`: the official path of these types."""

from __future__ import annotations

from ..._models.federation_issuer import FederationIssuer as FederationIssuer
from ..._models.federation_jwks import FederationJWKS as JWKS

__all__ = [
    "FederationIssuer",
    "JWKS",
]
