# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thinking_capability`: the official path of these types."""

from __future__ import annotations

from .._models.thinking_capability import ThinkingCapability as BetaThinkingCapability

__all__ = [
    "BetaThinkingCapability",
]
