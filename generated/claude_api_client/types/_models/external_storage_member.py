# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ExternalStorageMember(APIModel):
    """Keep the data in one of the organization's external storage buckets."""

    type: Literal["external"]
    """Always `external`."""
    external_storage_id: str
    """ID of the external storage registration to use."""
