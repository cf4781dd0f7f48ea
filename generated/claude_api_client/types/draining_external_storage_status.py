# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.draining_external_storage_status`: the official path of these types."""

from __future__ import annotations

from ._models.draining_external_storage_status import (
    DrainingExternalStorageStatus as DrainingExternalStorageStatus,
)

__all__ = [
    "DrainingExternalStorageStatus",
]
