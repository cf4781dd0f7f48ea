# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_thinking_mismatch_allowed_input_transformation`: the official path of these types."""

from __future__ import annotations

from .._models.thinking_mismatch_allowed_input_transformation import (
    ThinkingMismatchAllowedInputTransformation as BetaThinkingMismatchAllowedInputTransformation,
)

__all__ = [
    "BetaThinkingMismatchAllowedInputTransformation",
]
