# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_fallbacks`: the official path of these types."""

from __future__ import annotations

from .._params.fallbacks import Fallbacks as BetaFallbacks

__all__ = [
    "BetaFallbacks",
]
