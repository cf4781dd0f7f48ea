# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.storage_verification_failed_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.storage_verification_failed_error_details import (
    StorageVerificationFailedErrorDetails as StorageVerificationFailedErrorDetails,
)

__all__ = [
    "StorageVerificationFailedErrorDetails",
]
