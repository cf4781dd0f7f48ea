# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_invalid_metadata_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.invalid_metadata_error_details import (
    InvalidMetadataErrorDetails as BetaInvalidMetadataErrorDetails,
)

__all__ = [
    "BetaInvalidMetadataErrorDetails",
]
