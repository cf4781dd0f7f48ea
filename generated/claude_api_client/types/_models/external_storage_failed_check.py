# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .external_storage_failed_check_check import ExternalStorageFailedCheckCheck
from .external_storage_failed_check_role import ExternalStorageFailedCheckRole


class ExternalStorageFailedCheck(APIModel):
    """One check of an External Storage's verification that failed."""

    check: ExternalStorageFailedCheckCheck
    """Which check failed (`other` for one the API does not name); new names may come."""
    message: str
    """What failed and how to put it right."""
    role: ExternalStorageFailedCheckRole | None = None
    """The part of the access grant the check concerns; null when none."""
