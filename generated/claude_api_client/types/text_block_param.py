# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.text_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.text_block_param import TextBlockParam as TextBlockParam

__all__ = [
    "TextBlockParam",
]
