# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.jwks_discovery`: the official path of these types."""

from __future__ import annotations

from ._models.jwks_discovery import JWKSDiscovery as JWKSDiscovery

__all__ = [
    "JWKSDiscovery",
]
