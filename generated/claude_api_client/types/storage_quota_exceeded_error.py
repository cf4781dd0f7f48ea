# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.storage_quota_exceeded_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import StorageQuotaExceededError as StorageQuotaExceededError

__all__ = [
    "StorageQuotaExceededError",
]
