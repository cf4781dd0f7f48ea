# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .external_storage_failed_check import ExternalStorageFailedCheck


class StorageVerificationFailedErrorDetails(APIModel):
    """Verifying the External Storage failed; `failed_checks` says which checks."""

    error_code: Literal["storage_verification_failed"]
    """Always `storage_verification_failed`."""
    failed_checks: list[ExternalStorageFailedCheck]
    """The checks that failed."""
    field: str | None = None
    """The setting the error is about."""
