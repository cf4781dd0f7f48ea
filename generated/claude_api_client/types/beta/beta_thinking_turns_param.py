# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thinking_turns_param`: the official path of these types."""

from __future__ import annotations

from .._params.thinking_turns_param import ThinkingTurnsParam as BetaThinkingTurnsParam

__all__ = [
    "BetaThinkingTurnsParam",
]
