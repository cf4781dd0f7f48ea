# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class StorageNotAttachableErrorDetails(APIModel):
    """The External Storage cannot be attached as asked."""

    error_code: Literal["storage_not_attachable"]
    """Always `storage_not_attachable`."""
    field: str
    """The setting the error is about."""
