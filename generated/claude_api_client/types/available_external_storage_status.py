# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.available_external_storage_status`: the official path of these types."""

from __future__ import annotations

from ._models.available_external_storage_status import (
    AvailableExternalStorageStatus as AvailableExternalStorageStatus,
)

__all__ = [
    "AvailableExternalStorageStatus",
]
