# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class StorageChangedConcurrentlyErrorDetails(APIModel):
    """The External Storage changed while the request ran; `field` names what."""

    error_code: Literal["storage_changed_concurrently"]
    """Always `storage_changed_concurrently`."""
    field: str
    """The setting the error is about."""
