# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.redacted_thinking_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.redacted_thinking_block_param import (
    RedactedThinkingBlockParam as RedactedThinkingBlockParam,
)

__all__ = [
    "RedactedThinkingBlockParam",
]
