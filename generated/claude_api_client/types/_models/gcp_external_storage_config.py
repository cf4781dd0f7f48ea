# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GCPExternalStorageConfig(APIModel):
    """GCPExternal Storage Config."""

    type: Literal["gcp"]
    """Object type tag."""
    bucket_name: str
    """Name of the storage bucket."""
    project_number: str
    """Project number."""
    region: str
    """Cloud region."""
