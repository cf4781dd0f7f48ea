# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ExternalStorageMember(APIModel):
    """External Storage Member."""

    type: Literal["external"]
    """Object type tag."""
    external_storage_id: str
    """ID of the external storage."""
