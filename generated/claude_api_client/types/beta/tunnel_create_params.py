# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.tunnel_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.tunnel_create_params import TunnelCreateParams as TunnelCreateParams

__all__ = [
    "TunnelCreateParams",
]
