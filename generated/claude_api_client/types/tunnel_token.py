# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tunnel_token`: the official path of these types."""

from __future__ import annotations

from ._models.tunnel_token import TunnelToken as TunnelToken

__all__ = [
    "TunnelToken",
]
