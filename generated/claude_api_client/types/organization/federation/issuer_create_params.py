# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.federation.issuer_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.federation_jwks_param import FederationJWKSParam as JWKS
from ..._params.issuer_create_params import IssuerCreateParams as IssuerCreateParams

__all__ = [
    "IssuerCreateParams",
    "JWKS",
]
