# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thinking_mismatch_allowed_input_transformation`: the official path of these types."""

from __future__ import annotations

from ._models.thinking_mismatch_allowed_input_transformation import (
    ThinkingMismatchAllowedInputTransformation as ThinkingMismatchAllowedInputTransformation,
)

__all__ = [
    "ThinkingMismatchAllowedInputTransformation",
]
