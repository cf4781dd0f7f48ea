# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thinking_prefix_mismatch_behavior_param`: the official path of these types."""

from __future__ import annotations

from .._params.thinking_prefix_mismatch_behavior_param import (
    ThinkingPrefixMismatchBehaviorParam as BetaThinkingPrefixMismatchBehaviorParam,
)

__all__ = [
    "BetaThinkingPrefixMismatchBehaviorParam",
]
