# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_aws_external_storage_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.aws_external_storage_config_param import (
    AWSExternalStorageConfigParam as BetaAWSExternalStorageConfigParam,
)

__all__ = [
    "BetaAWSExternalStorageConfigParam",
]
