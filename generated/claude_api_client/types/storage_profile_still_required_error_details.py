# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.storage_profile_still_required_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.storage_profile_still_required_error_details import (
    StorageProfileStillRequiredErrorDetails as StorageProfileStillRequiredErrorDetails,
)

__all__ = [
    "StorageProfileStillRequiredErrorDetails",
]
