# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class StorageNotReadyErrorDetails(APIModel):
    """The Workspace is still being connected to its storage; retry in a few minutes."""

    error_code: Literal["storage_not_ready"]
    """Always `storage_not_ready`."""
