# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class StorageQuotaExceededErrorDetails(APIModel):
    """The storage quota is used up."""

    error_code: Literal["storage_quota_exceeded"]
    """Always `storage_quota_exceeded`."""
