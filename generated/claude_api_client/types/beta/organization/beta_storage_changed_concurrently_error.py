# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_storage_changed_concurrently_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaStorageChangedConcurrentlyError as BetaStorageChangedConcurrentlyError,
)

__all__ = [
    "BetaStorageChangedConcurrentlyError",
]
