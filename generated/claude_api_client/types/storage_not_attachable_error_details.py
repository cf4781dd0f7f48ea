# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.storage_not_attachable_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.storage_not_attachable_error_details import (
    StorageNotAttachableErrorDetails as StorageNotAttachableErrorDetails,
)

__all__ = [
    "StorageNotAttachableErrorDetails",
]
