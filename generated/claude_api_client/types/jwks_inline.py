# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.jwks_inline`: the official path of these types."""

from __future__ import annotations

from ._models.jwks_inline import JWKSInline as JWKSInline

__all__ = [
    "JWKSInline",
]
