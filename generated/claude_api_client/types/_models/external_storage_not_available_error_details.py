# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ExternalStorageNotAvailableErrorDetails(APIModel):
    """External Storage is not available to this organization."""

    error_code: Literal["external_storage_not_available"]
    """Always `external_storage_not_available`."""
