# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.content_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.content_block_param import ContentBlockParam as ContentBlockParam

__all__ = [
    "ContentBlockParam",
]
