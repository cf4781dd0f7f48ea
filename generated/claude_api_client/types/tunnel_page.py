# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tunnel_page`: the official path of these types."""

from __future__ import annotations

from ._models.tunnel_page import TunnelPage as TunnelPage

__all__ = [
    "TunnelPage",
]
