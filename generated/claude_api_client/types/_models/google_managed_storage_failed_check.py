# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .google_managed_storage_failed_check_check import (
    GoogleManagedStorageFailedCheckCheck,
)
from .google_managed_storage_failed_check_role import (
    GoogleManagedStorageFailedCheckRole,
)


class GoogleManagedStorageFailedCheck(APIModel):
    """One verification check a bucket did not pass."""

    check: GoogleManagedStorageFailedCheckCheck
    """Which check failed (more values may come)."""
    message: str
    """What was wrong, in words."""
    role: GoogleManagedStorageFailedCheckRole | None = None
    """For a check about one of Anthropic's service accounts, the kind of access that account has; null otherwise."""
