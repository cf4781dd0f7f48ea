# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.storage_not_ready_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.storage_not_ready_error_details import (
    StorageNotReadyErrorDetails as StorageNotReadyErrorDetails,
)

__all__ = [
    "StorageNotReadyErrorDetails",
]
