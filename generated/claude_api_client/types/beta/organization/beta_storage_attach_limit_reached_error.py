# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_storage_attach_limit_reached_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaStorageAttachLimitReachedError as BetaStorageAttachLimitReachedError,
)

__all__ = [
    "BetaStorageAttachLimitReachedError",
]
