# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_unsupported_region_error_details`: the official path of these types."""

from __future__ import annotations

from ..._models.unsupported_region_error_details import (
    UnsupportedRegionErrorDetails as BetaUnsupportedRegionErrorDetails,
)

__all__ = [
    "BetaUnsupportedRegionErrorDetails",
]
