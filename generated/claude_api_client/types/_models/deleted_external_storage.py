# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedExternalStorage(APIModel):
    """What deleting an external storage registration answers."""

    type: Literal["external_storage_deleted"]
    """Always `external_storage_deleted`."""
    id: str
    """Unique identifier."""
