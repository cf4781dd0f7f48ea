# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.aws_external_storage_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.aws_external_storage_config_param import (
    AWSExternalStorageConfigParam as AWSExternalStorageConfigParam,
)

__all__ = [
    "AWSExternalStorageConfigParam",
]
