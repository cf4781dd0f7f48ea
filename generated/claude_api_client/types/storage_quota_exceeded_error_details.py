# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.storage_quota_exceeded_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.storage_quota_exceeded_error_details import (
    StorageQuotaExceededErrorDetails as StorageQuotaExceededErrorDetails,
)

__all__ = [
    "StorageQuotaExceededErrorDetails",
]
