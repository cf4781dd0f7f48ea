# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.jwks_explicit_url_param`: the official path of these types."""

from __future__ import annotations

from ._params.jwks_explicit_url_param import JWKSExplicitURLParam as JWKSExplicitURLParam

__all__ = [
    "JWKSExplicitURLParam",
]
