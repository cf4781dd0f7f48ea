# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class StorageInUseErrorDetails(APIModel):
    """The bucket is in use, or was recently; name another bucket."""

    error_code: Literal["storage_in_use"]
    """Always `storage_in_use`."""
