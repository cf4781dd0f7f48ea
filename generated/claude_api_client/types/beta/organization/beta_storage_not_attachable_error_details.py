# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_storage_not_attachable_error_details`: the official path of these types."""

from __future__ import annotations

from ..._models.storage_not_attachable_error_details import (
    StorageNotAttachableErrorDetails as BetaStorageNotAttachableErrorDetails,
)

__all__ = [
    "BetaStorageNotAttachableErrorDetails",
]
