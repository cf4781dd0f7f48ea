# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .google_managed_project_storage_failed_check_check import (
    GoogleManagedProjectStorageFailedCheckCheck,
)
from .google_managed_project_storage_failed_check_role import (
    GoogleManagedProjectStorageFailedCheckRole,
)


class GoogleManagedProjectStorageFailedCheck(APIModel):
    """A check the bucket setup failed."""

    check: GoogleManagedProjectStorageFailedCheckCheck
    """Which check failed."""
    message: str
    """Human-readable message."""
    role: GoogleManagedProjectStorageFailedCheckRole | None = None
    """The cloud role the credential assumed."""
