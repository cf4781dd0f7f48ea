# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_fallbacks_param`: the official path of these types."""

from __future__ import annotations

from .._params.fallbacks import Fallbacks as BetaFallbacksParam

__all__ = [
    "BetaFallbacksParam",
]
