# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.aws_external_key_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.aws_external_key_config_param import (
    AWSExternalKeyConfigParam as AWSExternalKeyConfigParam,
)

__all__ = [
    "AWSExternalKeyConfigParam",
]
