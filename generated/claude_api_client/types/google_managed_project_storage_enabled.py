# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.google_managed_project_storage_enabled`: the official path of these types."""

from __future__ import annotations

from ._models.google_managed_project_storage_enabled import (
    GoogleManagedProjectStorageEnabled as GoogleManagedProjectStorageEnabled,
)

__all__ = [
    "GoogleManagedProjectStorageEnabled",
]
