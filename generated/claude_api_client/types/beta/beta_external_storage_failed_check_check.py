# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_external_storage_failed_check_check`: the official path of these types."""

from __future__ import annotations

from .._models.external_storage_failed_check_check import (
    ExternalStorageFailedCheckCheck as BetaExternalStorageFailedCheckCheck,
)

__all__ = [
    "BetaExternalStorageFailedCheckCheck",
]
