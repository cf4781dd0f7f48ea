# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_storage_attach_limit_reached_error_details`: the official path of these types."""

from __future__ import annotations

from ..._models.storage_attach_limit_reached_error_details import (
    StorageAttachLimitReachedErrorDetails as BetaStorageAttachLimitReachedErrorDetails,
)

__all__ = [
    "BetaStorageAttachLimitReachedErrorDetails",
]
