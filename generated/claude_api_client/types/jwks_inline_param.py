# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.jwks_inline_param`: the official path of these types."""

from __future__ import annotations

from ._params.jwks_inline_param import JWKSInlineParam as JWKSInlineParam

__all__ = [
    "JWKSInlineParam",
]
