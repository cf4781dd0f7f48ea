# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.storage_attached_during_archive_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import StorageAttachedDuringArchiveError as StorageAttachedDuringArchiveError

__all__ = [
    "StorageAttachedDuringArchiveError",
]
