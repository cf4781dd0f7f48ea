# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class StorageProfileMismatchErrorDetails(APIModel):
    """The External Storage belongs to another user profile than the workspace."""

    error_code: Literal["storage_profile_mismatch"]
    """Always `storage_profile_mismatch`."""
    field: str
    """The setting the error is about."""
