# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.tunnel_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.tunnel_list_params import TunnelListParams as TunnelListParams

__all__ = [
    "TunnelListParams",
]
