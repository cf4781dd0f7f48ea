# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_storage_changed_concurrently_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.storage_changed_concurrently_error_details import (
    StorageChangedConcurrentlyErrorDetails as BetaStorageChangedConcurrentlyErrorDetails,
)

__all__ = [
    "BetaStorageChangedConcurrentlyErrorDetails",
]
