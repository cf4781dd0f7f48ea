# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.federation_jwks_param`: the official path of these types."""

from __future__ import annotations

from ._params.federation_jwks_param import FederationJWKSParam as FederationJWKSParam

__all__ = [
    "FederationJWKSParam",
]
