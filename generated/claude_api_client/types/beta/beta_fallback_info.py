# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_fallback_info`: the official path of these types."""

from __future__ import annotations

from .._models.fallback_hop_info import FallbackHopInfo as BetaFallbackInfo

__all__ = [
    "BetaFallbackInfo",
]
