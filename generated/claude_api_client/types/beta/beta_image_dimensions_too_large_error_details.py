# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_image_dimensions_too_large_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.image_dimensions_too_large_error_details import (
    ImageDimensionsTooLargeErrorDetails as BetaImageDimensionsTooLargeErrorDetails,
)

__all__ = [
    "BetaImageDimensionsTooLargeErrorDetails",
]
