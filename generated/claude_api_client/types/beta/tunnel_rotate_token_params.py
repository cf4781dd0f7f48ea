# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.tunnel_rotate_token_params`: the official path of these types."""

from __future__ import annotations

from .._params.tunnel_rotate_token_params import TunnelRotateTokenParams as TunnelRotateTokenParams

__all__ = [
    "TunnelRotateTokenParams",
]
