# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.federation_issuer`: the official path of these types."""

from __future__ import annotations

from ._models.federation_issuer import FederationIssuer as FederationIssuer

__all__ = [
    "FederationIssuer",
]
