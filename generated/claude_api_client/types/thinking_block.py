# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thinking_block`: the official path of these types."""

from __future__ import annotations

from ._models.thinking_block import ThinkingBlock as ThinkingBlock

__all__ = [
    "ThinkingBlock",
]
