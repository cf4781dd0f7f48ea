# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.image_dimensions_too_large_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import ImageDimensionsTooLargeError as ImageDimensionsTooLargeError

__all__ = [
    "ImageDimensionsTooLargeError",
]
