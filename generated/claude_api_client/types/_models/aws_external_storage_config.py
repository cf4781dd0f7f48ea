# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AWSExternalStorageConfig(APIModel):
    """AWSExternal Storage Config."""

    type: Literal["aws"]
    """Object type tag."""
    account_id: str
    """ID of the account."""
    bucket_name: str
    """Name of the storage bucket."""
    region: str
    """Cloud region."""
