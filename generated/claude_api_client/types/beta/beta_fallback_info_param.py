# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_fallback_info_param`: the official path of these types."""

from __future__ import annotations

from .._params.fallback_hop_info_param import FallbackHopInfoParam as BetaFallbackInfoParam

__all__ = [
    "BetaFallbackInfoParam",
]
