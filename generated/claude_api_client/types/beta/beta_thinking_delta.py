# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thinking_delta`: the official path of these types."""

from __future__ import annotations

from .._models.thinking_delta import ThinkingDelta as BetaThinkingDelta

__all__ = [
    "BetaThinkingDelta",
]
