# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.tunnels.beta_tunnel_certificate`: the official path of these types."""

from __future__ import annotations

from ..._models.tunnel_certificate import TunnelCertificate as BetaTunnelCertificate

__all__ = [
    "BetaTunnelCertificate",
]
