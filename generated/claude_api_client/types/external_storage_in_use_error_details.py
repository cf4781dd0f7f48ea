# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.external_storage_in_use_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.external_storage_in_use_error_details import (
    ExternalStorageInUseErrorDetails as ExternalStorageInUseErrorDetails,
)

__all__ = [
    "ExternalStorageInUseErrorDetails",
]
