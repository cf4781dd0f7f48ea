# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tunnel`: the official path of these types."""

from __future__ import annotations

from ._models.tunnel import Tunnel as Tunnel

__all__ = [
    "Tunnel",
]
