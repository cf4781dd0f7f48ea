# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.storage_attached_during_archive_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.storage_attached_during_archive_error_details import (
    StorageAttachedDuringArchiveErrorDetails as StorageAttachedDuringArchiveErrorDetails,
)

__all__ = [
    "StorageAttachedDuringArchiveErrorDetails",
]
