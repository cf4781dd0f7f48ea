# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tunnel_page`: the official path of these types."""

from __future__ import annotations

from .._models.tunnel_page import TunnelPage as BetaTunnelPage

__all__ = [
    "BetaTunnelPage",
]
