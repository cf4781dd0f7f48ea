# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.storage_already_registered_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.storage_already_registered_error_details import (
    StorageAlreadyRegisteredErrorDetails as StorageAlreadyRegisteredErrorDetails,
)

__all__ = [
    "StorageAlreadyRegisteredErrorDetails",
]
