# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class StorageAttachedDuringArchiveErrorDetails(APIModel):
    """Storage was attached while the workspace was being archived."""

    error_code: Literal["storage_attached_during_archive"]
    """Always `storage_attached_during_archive`."""
