# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.image_source_param`: the official path of these types."""

from __future__ import annotations

from ._params.image_source_param import ImageSourceParam as ImageSourceParam

__all__ = [
    "ImageSourceParam",
]
