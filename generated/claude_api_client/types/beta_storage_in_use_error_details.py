# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_storage_in_use_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.storage_in_use_error_details import (
    StorageInUseErrorDetails as BetaStorageInUseErrorDetails,
)

__all__ = [
    "BetaStorageInUseErrorDetails",
]
