# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_region_not_supported_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.region_not_supported_error_details import (
    RegionNotSupportedErrorDetails as BetaRegionNotSupportedErrorDetails,
)

__all__ = [
    "BetaRegionNotSupportedErrorDetails",
]
