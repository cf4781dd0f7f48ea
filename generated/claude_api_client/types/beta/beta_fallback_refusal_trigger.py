# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_fallback_refusal_trigger`: the official path of these types."""

from __future__ import annotations

from .._models.fallback_refusal_trigger import FallbackRefusalTrigger as BetaFallbackRefusalTrigger

__all__ = [
    "BetaFallbackRefusalTrigger",
]
