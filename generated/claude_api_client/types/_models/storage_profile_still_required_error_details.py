# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class StorageProfileStillRequiredErrorDetails(APIModel):
    """A user profile is still needed by the attached storage."""

    error_code: Literal["storage_profile_still_required"]
    """Always `storage_profile_still_required`."""
