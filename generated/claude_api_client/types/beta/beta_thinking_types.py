# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thinking_types`: the official path of these types."""

from __future__ import annotations

from .._models.thinking_types import ThinkingTypes as BetaThinkingTypes

__all__ = [
    "BetaThinkingTypes",
]
