# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.storage_profile_mismatch_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.storage_profile_mismatch_error_details import (
    StorageProfileMismatchErrorDetails as StorageProfileMismatchErrorDetails,
)

__all__ = [
    "StorageProfileMismatchErrorDetails",
]
