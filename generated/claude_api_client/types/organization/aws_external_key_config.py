# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.aws_external_key_config`: the official path of these types."""

from __future__ import annotations

from .._models.aws_external_key_config import AWSExternalKeyConfig as AWSExternalKeyConfig

__all__ = [
    "AWSExternalKeyConfig",
]
