# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class StorageAlreadyRegisteredErrorDetails(APIModel):
    """The storage is already registered."""

    error_code: Literal["storage_already_registered"]
    """Always `storage_already_registered`."""
