# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AWSExternalKeyConfig(APIModel):
    """A key in AWS KMS."""

    kms_arn: str
    """ARN of the KMS key (a single-Region key)."""
    type: Literal["aws"]
    """Always `aws`."""
    region: str | None = None
    """AWS region of the key, when the ARN alone does not say."""
    role_arn: str | None = None
    """ARN of an IAM role; deprecated, and the API ignores it."""
