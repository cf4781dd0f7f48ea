# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_invalid_storage_arn_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.invalid_storage_arn_error_details import (
    InvalidStorageARNErrorDetails as BetaInvalidStorageARNErrorDetails,
)

__all__ = [
    "BetaInvalidStorageARNErrorDetails",
]
