# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_external_storage_not_available_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaExternalStorageNotAvailableError as BetaExternalStorageNotAvailableError,
)

__all__ = [
    "BetaExternalStorageNotAvailableError",
]
