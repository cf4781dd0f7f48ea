# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.external_storage_failed_check_role`: the official path of these types."""

from __future__ import annotations

from ._models.external_storage_failed_check_role import (
    ExternalStorageFailedCheckRole as ExternalStorageFailedCheckRole,
)

__all__ = [
    "ExternalStorageFailedCheckRole",
]
