# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thinking_prefix_mismatch_behavior`: the official path of these types."""

from __future__ import annotations

from ._params.thinking_prefix_mismatch_behavior_param import (
    ThinkingPrefixMismatchBehaviorParam as ThinkingPrefixMismatchBehavior,
)

__all__ = [
    "ThinkingPrefixMismatchBehavior",
]
