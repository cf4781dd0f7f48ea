# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ExternalStorageInUseErrorDetails(APIModel):
    """The External Storage is still used and cannot be removed."""

    error_code: Literal["external_storage_in_use"]
    """Always `external_storage_in_use`."""
