# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.jwks_discovery_param`: the official path of these types."""

from __future__ import annotations

from ._params.jwks_discovery_param import JWKSDiscoveryParam as JWKSDiscoveryParam

__all__ = [
    "JWKSDiscoveryParam",
]
