# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.text_block`: the official path of these types."""

from __future__ import annotations

from ._models.text_block import TextBlock as TextBlock

__all__ = [
    "TextBlock",
]
