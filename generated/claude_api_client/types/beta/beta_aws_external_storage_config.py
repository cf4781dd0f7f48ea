# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_aws_external_storage_config`: the official path of these types."""

from __future__ import annotations

from .._models.aws_external_storage_config import (
    AWSExternalStorageConfig as BetaAWSExternalStorageConfig,
)

__all__ = [
    "BetaAWSExternalStorageConfig",
]
