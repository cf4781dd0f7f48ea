# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.storage_profile_mismatch_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import StorageProfileMismatchError as StorageProfileMismatchError

__all__ = [
    "StorageProfileMismatchError",
]
