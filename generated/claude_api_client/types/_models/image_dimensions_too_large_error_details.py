# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ImageDimensionsTooLargeErrorDetails(APIModel):
    """Images are larger than allowed: scale those at `paths` to `max_side_length_pixels`."""

    error_code: Literal["image_dimensions_too_large"]
    """Always `image_dimensions_too_large`."""
    max_side_length_pixels: int
    """Largest width or height, in pixels, an image of this request may have."""
    paths: list[str]
    """Where each image over the limit is, such as `messages.0.content.1`."""
