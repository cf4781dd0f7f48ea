# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class StorageAttachLimitReachedErrorDetails(APIModel):
    """The workspace has as many External Storages attached as it may have."""

    error_code: Literal["storage_attach_limit_reached"]
    """Always `storage_attach_limit_reached`."""
