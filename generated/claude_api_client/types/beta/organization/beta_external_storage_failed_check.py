# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_external_storage_failed_check`: the official path of these types."""

from __future__ import annotations

from ..._models.external_storage_failed_check import (
    ExternalStorageFailedCheck as BetaExternalStorageFailedCheck,
)

__all__ = [
    "BetaExternalStorageFailedCheck",
]
