# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.url_image_source_param`: the official path of these types."""

from __future__ import annotations

from ._params.url_image_source_param import URLImageSourceParam as URLImageSourceParam

__all__ = [
    "URLImageSourceParam",
]
