# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AWSExternalStorageConfig(APIModel):
    """An S3 bucket in the organization's AWS account, and how the API reaches it."""

    type: Literal["aws"]
    """Always `aws`."""
    account_id: str
    """ID of the cloud account that owns the bucket."""
    bucket_name: str
    """Name of the storage bucket."""
    region: str
    """Cloud region."""
