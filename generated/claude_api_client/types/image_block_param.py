# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.image_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.image_block_param import ImageBlockParam as ImageBlockParam
from ._params.image_source_param import ImageSourceParam as Source

__all__ = [
    "ImageBlockParam",
    "Source",
]
