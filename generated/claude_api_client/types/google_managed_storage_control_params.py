# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.google_managed_storage_control_params`: the official path of these types."""

from __future__ import annotations

from ._params.google_managed_storage_control_params import (
    GoogleManagedStorageControlParams as GoogleManagedStorageControlParams,
)

__all__ = [
    "GoogleManagedStorageControlParams",
]
