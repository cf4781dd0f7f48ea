# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.content_block_source_param`: the official path of these types."""

from __future__ import annotations

from ._params.content_block_source_param import ContentBlockSourceParam as ContentBlockSourceParam

__all__ = [
    "ContentBlockSourceParam",
]
