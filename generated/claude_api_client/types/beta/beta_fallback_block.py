# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_fallback_block`: the official path of these types."""

from __future__ import annotations

from .._models.fallback_block import FallbackBlock as BetaFallbackBlock

__all__ = [
    "BetaFallbackBlock",
]
