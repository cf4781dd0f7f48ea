# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.redacted_thinking_block`: the official path of these types."""

from __future__ import annotations

from ._models.redacted_thinking_block import RedactedThinkingBlock as RedactedThinkingBlock

__all__ = [
    "RedactedThinkingBlock",
]
